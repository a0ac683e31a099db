package dev.parley.model;

import java.io.IOException;

/** There is no archive where one was expected; the message says where, and what to do. */
public class NoIndexException extends IOException {
    public NoIndexException(String message) {
        super(message);
    }
}

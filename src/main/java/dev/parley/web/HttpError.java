package dev.parley.web;

/** A request that cannot be answered as asked: its HTTP status and one plain sentence saying why. */
final class HttpError extends RuntimeException {

    final int status;

    HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }
}

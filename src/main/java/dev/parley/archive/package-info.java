/**
 * The library face of Parley: one {@link dev.parley.archive.Archive} interface that every command uses, whatever
 * stores the mail. {@link dev.parley.archive.LocalArchive} is the embedded Lucene backend (the default); other
 * backends implement the same interface, so nothing above this package knows which one is in use.
 */
package dev.parley.archive;

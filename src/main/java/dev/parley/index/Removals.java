package dev.parley.index;

import dev.parley.mail.MailParseException;
import dev.parley.mail.MessageParser;
import dev.parley.mail.ParsedMessage;
import dev.parley.mail.RawMessage;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.List;

/**
 * Flags messages their source has removed (see {@link Fields#REMOVED}). A removal names the message by its bytes,
 * so it finds the document by content hash: the same key the import dedupes on.
 */
final class Removals {

    private Removals() {
    }

    /** Applies the removals to the writer's current state (uncommitted additions included); returns how many were flagged. */
    static int apply(IndexWriter writer, List<RawMessage> removals, ImportListener listener) throws IOException {
        int flagged = 0;
        try (DirectoryReader nrt = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(nrt);
            for (RawMessage raw : removals) {
                ParsedMessage p;
                try {
                    p = MessageParser.parse(raw);
                } catch (MailParseException e) {
                    listener.problem(raw.location(), null, "the archive removed a message that cannot be read: "
                            + e.getMessage(), false);
                    continue;
                }
                String uid = MessageDocuments.uid(p);
                TopDocs hit = searcher.search(new TermQuery(new Term(Fields.UID, uid)), 1);
                if (hit.scoreDocs.length == 0) {
                    listener.problem(raw.location(), p.messageId(), "the archive removed this message, but the index "
                            + "does not hold it (it was never imported here)", false);
                    continue;
                }
                StoredMessage m = IndexSnapshot.fromDocument(nrt.storedFields().document(hit.scoreDocs[0].doc));
                if (m.removed()) continue;
                var doc = MessageDocuments.rebuild(m, m.threadId());
                MessageDocuments.markRemoved(doc);
                writer.updateDocument(new Term(Fields.UID, uid), doc);
                flagged++;
            }
        }
        return flagged;
    }
}

package vn.plans.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import vn.plans.model.Agency;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;

/** Writes documents into the index; adding a document replaces whatever the index held for its id. */
public final class PlanIndex implements AutoCloseable {
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final IndexWriter writer;

    public PlanIndex(Path dir) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Fields.analyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(FSDirectory.open(dir), cfg);
    }

    public void put(PlanDocument doc) throws IOException {
        writer.updateDocuments(new Term(Fields.DOC_ID, doc.id()), units(doc));
    }

    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(Fields.DOC_ID, docId));
    }

    /**
     * Ids of the documents the index holds (committed or not), sorted. After a crash this is what survived the
     * last commit, which is what {@code IngestPipeline} reconciles against the manifest.
     */
    public java.util.SortedSet<String> documentIds() throws IOException {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(Fields.DOC_ID);
                if (terms == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                TermsEnum te = terms.iterator();
                PostingsEnum pe = null;
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    pe = te.postings(pe, PostingsEnum.NONE);
                    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                        if (live == null || live.get(d)) {
                            ids.add(t.utf8ToString());
                            break;
                        }
                    }
                }
            }
        }
        return ids;
    }

    public void commit() throws IOException {
        writer.commit();
    }

    static List<Document> units(PlanDocument doc) {
        List<Document> out = new ArrayList<>();
        int n = 0;
        for (Passages.Passage p : Passages.of(doc)) {
            Document d = common(doc, "passage", doc.id() + "#p" + n++, p.text(), p.page());
            if (p.section() != null) {
                d.add(new StringField(Fields.SECTION, p.section(), Field.Store.YES));
                d.add(new StoredField(Fields.HEADING, p.heading()));
            }
            out.add(d);
        }
        for (Task t : doc.tasks()) {
            Document d = common(doc, "task", t.taskId(), t.text(), t.page());
            if (t.section() != null) d.add(new StringField(Fields.SECTION, t.section(), Field.Store.YES));
            for (Agency a : t.leadAgencies()) d.add(new StringField("lead", a.canonical(), Field.Store.YES));
            for (Agency a : t.coordinatingAgencies()) d.add(new StringField("coordinating", a.canonical(), Field.Store.YES));
            out.add(d);
        }
        return out;
    }

    private static Document common(PlanDocument doc, String kind, String unitId, String text, int page) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StringField(Fields.UNIT_ID, unitId, Field.Store.YES));
        d.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
        d.add(new TextField(Fields.TEXT_EXACT, text, Field.Store.NO));
        d.add(new StoredField(Fields.PAGE, page));
        d.add(new StoredField(Fields.PATH, doc.source().path()));
        if (doc.title() != null) d.add(new StoredField(Fields.TITLE, doc.title()));
        if (doc.number() != null) d.add(new StoredField(Fields.NUMBER, doc.number()));
        if (doc.docType() != null) d.add(new StringField(Fields.DOC_TYPE, doc.docType(), Field.Store.YES));
        return d;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}

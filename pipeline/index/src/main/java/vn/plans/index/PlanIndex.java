package vn.plans.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
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
import vn.plans.model.Header;
import vn.plans.model.PlanDocument;
import vn.plans.model.Task;

/**
 * Writes documents into the index; adding a document replaces whatever the index held for its id. Each document
 * becomes one {@code document} unit (full text, document facets plus the agencies and timeframe kinds of its
 * tasks), {@code passage} units (for the best section of a hit) and one {@code task} unit per task (task facets).
 */
public final class PlanIndex implements AutoCloseable {
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private final IndexWriter writer;
    private static final FacetsConfig facets = Fields.facetsConfig();

    public PlanIndex(Path dir) throws IOException {
        this(dir, 64);
    }

    /** @param ramBufferMb indexing buffer; larger is faster for bulk loads */
    public PlanIndex(Path dir, double ramBufferMb) throws IOException {
        IndexWriterConfig cfg = new IndexWriterConfig(Fields.analyzer());
        cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        cfg.setRAMBufferSizeMB(ramBufferMb);
        try {
            this.writer = new IndexWriter(FSDirectory.open(dir), cfg);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IOException("the index at " + dir + " is locked: another plans process is writing it (" + e.getMessage() + ")", e);
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException e) {
            throw new IOException("the index at " + dir + " is unreadable (" + e.getMessage() + "); delete it and ingest again", e);
        }
    }

    public void put(PlanDocument doc) throws IOException {
        writer.updateDocuments(new Term(Fields.DOC_ID, doc.id()), units(doc));
    }

    /** Adds without deleting first: only for documents known not to be in the index (bulk loads). */
    public void add(PlanDocument doc) throws IOException {
        writer.addDocuments(units(doc));
    }

    public void delete(String docId) throws IOException {
        writer.deleteDocuments(new Term(Fields.DOC_ID, docId));
    }

    /**
     * Ids of the documents the index holds (committed or not), sorted. After a crash this is what survived the
     * last commit, which is what {@code IngestPipeline} reconciles against the manifest.
     */
    public java.util.SortedSet<String> documentIds() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return documentIds(reader);
        }
    }

    /**
     * Ids of the documents in the index's last commit, read without a writer (no write lock), so it is safe while
     * an ingest holds the index; empty when nothing was committed yet.
     */
    public static java.util.SortedSet<String> committedDocumentIds(Path dir) throws IOException {
        try (FSDirectory d = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(d)) return new java.util.TreeSet<>();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                return documentIds(reader);
            }
        }
    }

    private static java.util.SortedSet<String> documentIds(DirectoryReader reader) throws IOException {
        java.util.SortedSet<String> ids = new java.util.TreeSet<>();
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
        return ids;
    }

    public void commit() throws IOException {
        writer.commit();
    }

    /** Merges down to one segment (benchmarks, read-only indexes). */
    public void forceMerge() throws IOException {
        writer.forceMerge(1);
    }

    /** The units of a document as Lucene documents (what {@link ClusterIndex} also writes, field by field). */
    static List<Document> units(PlanDocument doc) throws IOException {
        FacetValues fv = FacetValues.of(doc);
        List<String> printed = Passages.printed(doc);
        List<Document> out = new ArrayList<>();
        out.add(documentUnit(doc, fv, printed));
        int n = 0;
        for (Passages.Passage p : Passages.of(doc, printed)) {
            Document d = common(doc, fv, Fields.KIND_PASSAGE, doc.id() + "#p" + n++, p.text(), p.page());
            if (p.section() != null) {
                d.add(new StringField(Fields.SECTION, p.section(), Field.Store.YES));
                d.add(new StoredField(Fields.HEADING, p.heading()));
            }
            out.add(d);
        }
        for (Task t : doc.tasks()) {
            Document d = common(doc, fv, Fields.KIND_TASK, t.taskId(), t.text(), t.page());
            if (t.section() != null) d.add(new StringField(Fields.SECTION, t.section(), Field.Store.YES));
            addFacets(d, fv);
            for (Agency a : t.leadAgencies()) {
                d.add(new SortedSetDocValuesFacetField(Fields.LEAD, canonical(a)));
                d.add(new StoredField(Fields.LEAD_NAME, a.name()));
                d.add(new StoredField(Fields.LEAD_CANONICAL, canonical(a)));
                addKeys(d, Fields.LEAD, a);
            }
            for (Agency a : t.coordinatingAgencies()) {
                d.add(new SortedSetDocValuesFacetField(Fields.COORDINATING, canonical(a)));
                d.add(new StoredField(Fields.COORDINATING_NAME, a.name()));
                d.add(new StoredField(Fields.COORDINATING_CANONICAL, canonical(a)));
                addKeys(d, Fields.COORDINATING, a);
            }
            if (t.timeframe() != null) {
                if (t.timeframe().kind() != null) {
                    d.add(new SortedSetDocValuesFacetField(Fields.TIMEFRAME_KIND, t.timeframe().kind().json()));
                    addKey(d, Fields.TIMEFRAME_KIND, t.timeframe().kind().json());
                }
                if (t.timeframe().raw() != null) d.add(new StoredField(Fields.TIMEFRAME, t.timeframe().raw()));
                if (t.timeframe().deadline() != null) d.add(new StoredField(Fields.DEADLINE, t.timeframe().deadline()));
            }
            out.add(facets.build(d));
        }
        return out;
    }

    private static Document documentUnit(PlanDocument doc, FacetValues fv, List<String> printed) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String page : printed) {
            if (!text.isEmpty()) text.append('\n');
            text.append(page);
        }
        Document d = common(doc, fv, Fields.KIND_DOCUMENT, doc.id(), text.toString(), 1);
        addFacets(d, fv);
        Set<String> leads = new LinkedHashSet<>(), coordinating = new LinkedHashSet<>(), kinds = new LinkedHashSet<>();
        Set<String> leadKeys = new LinkedHashSet<>(), coordinatingKeys = new LinkedHashSet<>();
        for (Task t : doc.tasks()) {
            for (Agency a : t.leadAgencies()) {
                leads.add(canonical(a));
                keys(a, leadKeys);
            }
            for (Agency a : t.coordinatingAgencies()) {
                coordinating.add(canonical(a));
                keys(a, coordinatingKeys);
            }
            if (t.timeframe() != null && t.timeframe().kind() != null) kinds.add(t.timeframe().kind().json());
        }
        for (String k : leadKeys) d.add(new StringField(Fields.KEY_PREFIX + Fields.LEAD, k, Field.Store.NO));
        for (String k : coordinatingKeys) d.add(new StringField(Fields.KEY_PREFIX + Fields.COORDINATING, k, Field.Store.NO));
        for (String v : kinds) addKey(d, Fields.TIMEFRAME_KIND, v);
        for (String v : leads) d.add(new SortedSetDocValuesFacetField(Fields.LEAD, v));
        for (String v : coordinating) d.add(new SortedSetDocValuesFacetField(Fields.COORDINATING, v));
        for (String v : kinds) d.add(new SortedSetDocValuesFacetField(Fields.TIMEFRAME_KIND, v));
        d.add(new StoredField(Fields.TASK_COUNT, doc.tasks().size()));
        for (String p : doc.source().paths()) d.add(new StoredField(Fields.PATHS, p));
        for (vn.plans.model.Version v : doc.versions()) {
            if (!v.id().equals(doc.id())) d.add(new StoredField(Fields.ALSO_AS, AlsoAs.encode(v)));
        }
        if (doc.header().place() != null) d.add(new StoredField(Fields.PLACE, doc.header().place()));
        return facets.build(d);
    }

    private static final java.util.regex.Pattern FILE_NUMBER = java.util.regex.Pattern.compile("(?<![A-Za-z])([A-Za-z]{2,4})-(\\d{1,5})(?!\\d)");

    /**
     * A search key only, never a record value: a signed copy whose header leaves the number blank
     * ({@code Số: /KH-SCT}, the number stamped at signing) is often filed under it ({@code KH-2242_23.4.2026_….docx});
     * when the file name's symbol is the header's, {@code 2242/KH-SCT} finds the document by its number.
     */
    static String stampedNumber(String number, String path) {
        if (!number.startsWith("/")) return null;
        String symbol = Fields.codeKey(number.substring(1).split("-")[0]);
        java.util.regex.Matcher m = FILE_NUMBER.matcher(java.nio.file.Path.of(path).getFileName().toString());
        while (m.find()) if (Fields.codeKey(m.group(1)).equals(symbol)) return m.group(2) + number;
        return null;
    }

    private static String canonical(Agency a) {
        return a.canonical() != null && !a.canonical().isBlank() ? a.canonical() : a.name();
    }

    private static void addFacets(Document d, FacetValues fv) {
        for (String[] kv : fv.pairs()) {
            d.add(new SortedSetDocValuesFacetField(kv[0], kv[1]));
            addKey(d, kv[0], kv[1]);
        }
    }

    /** The filter key of a value ({@link Fields#key}), which filters match instead of the exact facet label. */
    private static void addKey(Document d, String dim, String value) {
        d.add(new StringField(Fields.KEY_PREFIX + dim, Fields.key(value), Field.Store.NO));
    }

    /** An agency is found by its canonical name and by its name as printed (what a hit's lead line shows). */
    private static void addKeys(Document d, String dim, Agency a) {
        Set<String> keys = new LinkedHashSet<>();
        keys(a, keys);
        for (String k : keys) d.add(new StringField(Fields.KEY_PREFIX + dim, k, Field.Store.NO));
    }

    private static void keys(Agency a, Set<String> into) {
        into.add(Fields.key(canonical(a)));
        if (a.name() != null && !a.name().isBlank()) into.add(Fields.key(a.name()));
    }

    private static Document common(PlanDocument doc, FacetValues fv, String kind, String unitId, String text, int page) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, kind, Field.Store.YES));
        d.add(new StringField(Fields.DOC_ID, doc.id(), Field.Store.YES));
        d.add(new StringField(Fields.UNIT_ID, unitId, Field.Store.YES));
        d.add(new Field(Fields.TEXT, text, TEXT_WITH_OFFSETS));
        d.add(new TextField(Fields.TEXT_EXACT, text, Field.Store.NO));
        d.add(new StoredField(Fields.PAGE, page));
        d.add(new StoredField(Fields.PATH, doc.source().path()));
        d.add(new StringField(Fields.WORK_ID, doc.workId(), Field.Store.YES));
        if (!doc.representative()) d.add(new StringField(Fields.WORK_SECONDARY, "1", Field.Store.NO));
        Header h = doc.header();
        if (h.title() != null) d.add(new StoredField(Fields.TITLE, h.title()));
        if (h.number() != null) {
            d.add(new StoredField(Fields.NUMBER, h.number()));
            d.add(new StringField(Fields.NUMBER_CODE, Fields.codeKey(h.number()), Field.Store.NO));
            String stamped = stampedNumber(h.number(), doc.source().path());
            if (stamped != null) d.add(new StringField(Fields.NUMBER_CODE, Fields.codeKey(stamped), Field.Store.NO));
        }
        if (h.docType() != null) d.add(new StringField(Fields.DOC_TYPE, h.docType().name(), Field.Store.YES));
        if (!kind.equals(Fields.KIND_PASSAGE)) {
            if (fv.province() != null) d.add(new StoredField(Fields.PROVINCE, fv.province()));
            if (fv.province2025() != null) d.add(new StoredField(Fields.PROVINCE_2025, fv.province2025()));
            if (fv.issuer() != null) d.add(new StoredField(Fields.ISSUER, fv.issuer()));
            if (fv.year() != null) d.add(new StoredField(Fields.YEAR, fv.year()));
            if (h.issuedDate() != null) d.add(new StoredField(Fields.ISSUED_DATE, h.issuedDate()));
            java.time.LocalDate day = SearchRequest.documentDay(h.issuedDate());
            if (day != null) {
                int epochDay = Math.toIntExact(day.toEpochDay());
                d.add(new org.apache.lucene.document.IntPoint(Fields.ISSUED_DAY, epochDay));
                d.add(new org.apache.lucene.document.NumericDocValuesField(Fields.ISSUED_DAY, epochDay));
            }
        }
        return d;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}

package vn.plans.index;

import java.io.IOException;
import java.util.Map;

/**
 * A search over the units {@link PlanIndex} defines: the embedded index ({@link PlanSearcher}) or a search cluster
 * ({@link ClusterSearcher}). Both answer the same request with the same hits.
 */
public interface Searcher extends AutoCloseable {
    SearchResult search(SearchRequest request) throws IOException;

    /** A document's stored fields, its tasks and its passages; null when the index has no such document. */
    Map<String, Object> document(String docId) throws IOException;

    /** A task's stored fields; null when unknown. */
    Map<String, Object> task(String unitId) throws IOException;

    /** The work id of every file name a document unit carries (its paths), for judging hits by file. */
    Map<String, String> workIdsByFileName() throws IOException;

    @Override
    void close() throws IOException;
}

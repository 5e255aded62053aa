/**
 * The search service: a JSON HTTP API over a {@link vn.plans.index.Searcher} (the embedded index, or a search cluster
 * with {@code plans serve --backend URL}) and a static search page (plain
 * HTML and JavaScript in resources, no build step), on an embedded Jetty 12 server, the index reopened after each ingest commit ({@link vn.plans.serve.LiveSearcher}). In: an index directory. Out:
 * JSON answers. Failures: bad parameters and queries over {@link vn.plans.serve.QueryLimits} are 400, unknown ids 404, index errors 500, each as {@code {"error": ...}};
 * the server keeps serving.
 */
package vn.plans.serve;

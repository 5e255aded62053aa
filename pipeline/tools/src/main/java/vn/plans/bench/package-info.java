/**
 * Benchmark harnesses run by {@code scripts/bench} and {@code scripts/bench-search --clients}
 * ({@link vn.plans.bench.ConcurrentClients}, load on a running {@code plans serve}): they print throughput and ratios
 * against a baseline measured in the same run, latency percentiles by one definition
 * ({@link vn.plans.bench.Percentiles}, nearest rank; the search benchmarks in tools' {@code vn.plans.index} use it
 * too). Not used by the pipeline itself.
 */
package vn.plans.bench;

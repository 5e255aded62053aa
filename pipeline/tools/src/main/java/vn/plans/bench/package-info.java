/**
 * Benchmark harnesses run by {@code scripts/bench}: they print throughput and ratios against a baseline measured in
 * the same run. Not used by the pipeline itself.
 */
package vn.plans.bench;

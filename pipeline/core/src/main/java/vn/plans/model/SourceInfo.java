package vn.plans.model;

/** Where a document came from: the path given to the pipeline, the detected media type and the bytes' hash. */
public record SourceInfo(String path, String mediaType, String sha256, long size) {}

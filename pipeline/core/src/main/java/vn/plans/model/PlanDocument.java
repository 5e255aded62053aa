package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-document JSON record (see {@code schema/plan-document.schema.json}). {@code id} is derived from the
 * file's bytes, so re-ingesting the same file yields the same record. {@code stageMs} holds the milliseconds each
 * pipeline stage took on this document, in pipeline order (the only field that differs between two runs).
 */
@JsonPropertyOrder({"schema_version", "id", "work_id", "source", "versions", "header", "sections", "tasks", "restored", "warnings",
        "stage_ms", "pages"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PlanDocument(
        String schemaVersion,
        String id,
        String workId,
        SourceInfo source,
        List<Version> versions,
        Header header,
        List<Section> sections,
        List<Task> tasks,
        boolean restored,
        List<String> warnings,
        Map<String, Long> stageMs,
        List<Page> pages) {

    public static final String SCHEMA_VERSION = "2.2";

    public PlanDocument {
        header = header == null ? Header.empty() : header;
        workId = workId == null ? id : workId;
        versions = versions == null ? List.of() : List.copyOf(versions);
        sections = List.copyOf(sections);
        tasks = List.copyOf(tasks);
        warnings = List.copyOf(warnings);
        stageMs = stageMs == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageMs));
        pages = List.copyOf(pages);
    }

    /** A record not yet placed in a work (its own work, no versions listed). */
    public PlanDocument(String schemaVersion, String id, SourceInfo source, Header header, List<Section> sections,
                        List<Task> tasks, boolean restored, List<String> warnings, Map<String, Long> stageMs,
                        List<Page> pages) {
        this(schemaVersion, id, id, source, List.of(), header, sections, tasks, restored, warnings, stageMs, pages);
    }

    public static PlanDocument of(String id, SourceInfo source, List<Page> pages, Structure s, boolean restored,
                                  List<String> warnings) {
        List<String> all = new java.util.ArrayList<>(warnings);
        all.addAll(s.warnings());
        return new PlanDocument(SCHEMA_VERSION, id, id, source, List.of(), s.header(), s.sections(), s.tasks(), restored, all,
                Map.of(), pages);
    }

    public PlanDocument withHeader(Header h) {
        return new PlanDocument(schemaVersion, id, workId, source, versions, h, sections, tasks, restored, warnings, stageMs, pages);
    }

    public PlanDocument withId(String newId) {
        return new PlanDocument(schemaVersion, newId, workId, source, versions, header, sections, tasks, restored, warnings, stageMs, pages);
    }

    public PlanDocument withTasks(List<Task> newTasks) {
        return new PlanDocument(schemaVersion, id, workId, source, versions, header, sections, newTasks, restored, warnings, stageMs, pages);
    }

    public PlanDocument withStageMs(Map<String, Long> ms) {
        return new PlanDocument(schemaVersion, id, workId, source, versions, header, sections, tasks, restored, warnings, ms, pages);
    }

    /** The same record placed in its work: all paths of its bytes, its work id and the work's versions. */
    public PlanDocument withWork(SourceInfo newSource, String newWorkId, List<Version> newVersions) {
        return new PlanDocument(schemaVersion, id, newWorkId, newSource, newVersions, header, sections, tasks, restored,
                warnings, stageMs, pages);
    }

    /** True unless the works step named another version of its work as the representative. */
    public boolean representative() {
        for (Version v : versions) if (v.id().equals(id)) return v.representative();
        return true;
    }

    public String fullText() {
        return Page.joined(pages);
    }
}

package vn.plans.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import vn.plans.output.Json;

/**
 * One gold annotation file: the source document (relative to the repository root), an evaluation group
 * ({@code seeds}, {@code corpus-dev}, ...) and the expected header, sections and tasks. A file may annotate the
 * header only: {@code sections}, {@code tasks}, {@code legal_bases} or {@code recipients} absent (null) are not
 * scored, an empty list is; a file may annotate tasks only ({@code header} absent).
 */
public record GoldDocument(String source, String group, Header header, List<Section> sections, List<Task> tasks) {
    public GoldDocument {
        sections = sections == null ? null : List.copyOf(sections);
        tasks = tasks == null ? null : List.copyOf(tasks);
        group = group == null ? "default" : group;
    }

    public record Header(String docType, String number, String issuer, String issuerParent, String province,
                         String place, String issuedDate, String title, List<String> legalBases, Signer signer,
                         List<String> recipients) {
        public Header {
            // absent (null) = not annotated, so not scored; an empty list is scored and means "none"
            legalBases = legalBases == null ? null : List.copyOf(legalBases);
            recipients = recipients == null ? null : List.copyOf(recipients);
        }
    }

    public record Signer(String name, String title, String onBehalf) {}

    public record Section(String path, String heading) {}

    public record Task(String section, String text, List<String> leadAgencies, List<String> coordinatingAgencies,
                       String timeframe, String source) {
        public Task {
            leadAgencies = leadAgencies == null ? List.of() : List.copyOf(leadAgencies);
            coordinatingAgencies = coordinatingAgencies == null ? List.of() : List.copyOf(coordinatingAgencies);
        }
    }

    public static GoldDocument read(Path file) throws IOException {
        return Json.MAPPER.readValue(file.toFile(), GoldDocument.class);
    }
}

package vn.plans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.plans.extract.ExtractionException;
import vn.plans.model.FailureReason;
import vn.plans.model.SourceInfo;
import vn.plans.output.Json;
import vn.plans.pipeline.FileProcessor;

/** A worker's failure crosses the protocol whole: cause, message, the limit's name, value and option, the detail. */
class WorkerProtocolFailureTest {
    @Test
    void aLimitFailureKeepsItsValueAndOptionAcrossTheProtocol() throws Exception {
        FailureReason limit = FailureReason.limit("too many pages",
                new FailureReason.Limit("pages", 3000, 2000, "", "--max-pages", "in the page tree (its /Count says 1)"));
        FileProcessor refusing = (file, source, id) -> {
            throw new ExtractionException(limit, new IllegalStateException("parser said no"));
        };
        String request = Json.MAPPER.writeValueAsString(new WorkerProtocol.Request("/in/x.pdf",
                new SourceInfo("/in/x.pdf", null, "abc", 10), "abc")) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkerProtocol.serve(refusing, new ByteArrayInputStream(request.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(WorkerProtocol.READY, lines[0]);
        WorkerProtocol.Response r = Json.MAPPER.readValue(lines[1], WorkerProtocol.Response.class);
        assertNull(r.doc());
        assertEquals(FailureReason.Cause.LIMIT_EXCEEDED, r.failure().cause());
        assertEquals("too many pages: 3000 in the page tree (its /Count says 1) > limit 2000 (--max-pages raises it)",
                r.failure().message());
        assertEquals(3000, r.failure().limit().measured());
        assertEquals("--max-pages", r.failure().limit().option());
        assertTrue(r.failure().detail().contains("parser said no"), "the stack trace travels as detail");
        assertTrue(lines[1].contains("\"cause\":\"limit_exceeded\""), lines[1]);
    }
}

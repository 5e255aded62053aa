package vn.plans.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a file was not ingested: one {@link Cause} from a closed set, a short message a person can act on, and what
 * the cause needs to be acted on: for a limit its name, the value measured in the file, the limit and the option that
 * raises it; for a full disk the path. {@code detail} (a stack trace or a library's own words) is for {@code --verbose}
 * and the worker log, never the manifest or the console summary.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FailureReason(Cause cause, String message, Limit limit, String path, String detail) {
    /** The failure classes. The manifest stores them by {@link #code()}. */
    public enum Cause {
        LIMIT_EXCEEDED, ENCRYPTED, CORRUPT, EMPTY, NO_TEXT, UNSUPPORTED, UNREADABLE, NEEDS_OCR, TIMEOUT,
        WORKER_MEMORY, WORKER_CRASH, DISK_FULL, INTERNAL;

        @JsonValue
        public String code() { return name().toLowerCase(Locale.ROOT); }
    }

    /**
     * A limit a file went over: {@code name} ("pages"), {@code measured} in the file ({@code how}: "in the page tree",
     * "image frames"), the {@code max} allowed, the {@code unit} both are in and the {@code option} that raises it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Limit(String name, long measured, long max, String unit, String option, String how) {}

    public FailureReason {
        if (cause == null || message == null || message.isBlank()) throw new IllegalArgumentException("cause and message required");
    }

    public static FailureReason of(Cause cause, String message) {
        return new FailureReason(cause, message, null, null, null);
    }

    /**
     * A limit exceeded, with the message built from it, e.g. {@code too many pages: 3000 in the page tree > limit 2000
     * (--max-pages raises it)}.
     */
    public static FailureReason limit(String what, Limit l) {
        String unit = l.unit() == null || l.unit().isEmpty() ? "" : " " + l.unit();
        String how = l.how() == null ? "" : " " + l.how();
        return new FailureReason(Cause.LIMIT_EXCEEDED, String.format(Locale.ROOT, "%s: %d%s%s > limit %d%s (%s raises it)",
                what, l.measured(), unit, how, l.max(), unit, l.option()), l, null, null);
    }

    /** A full disk (or quota) while writing {@code path}. */
    public static FailureReason diskFull(String path) {
        return new FailureReason(Cause.DISK_FULL, "no space left on device writing " + path, null, path, null);
    }

    public FailureReason withDetail(String d) {
        return new FailureReason(cause, message, limit, path, d);
    }

    /** The stack trace of {@code t}, as {@code detail} carries it. */
    public static String trace(Throwable t) {
        java.io.StringWriter w = new java.io.StringWriter();
        t.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }

    /** The manifest's short form: the message alone (the cause is stored beside it). */
    @JsonIgnore
    @Override
    public String toString() { return message; }
}

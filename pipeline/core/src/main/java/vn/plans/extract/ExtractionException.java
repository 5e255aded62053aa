package vn.plans.extract;

import vn.plans.model.FailureReason;

/**
 * A document could not be extracted; {@link #reason()} is what the manifest records (its cause and message). The
 * string constructors are for causes the thrower has not classified: they record {@link FailureReason.Cause#UNREADABLE}.
 */
public class ExtractionException extends Exception {
    private final FailureReason reason;

    public ExtractionException(FailureReason reason) {
        super(reason.message());
        this.reason = reason;
    }

    public ExtractionException(FailureReason reason, Throwable cause) {
        super(reason.message(), cause);
        this.reason = cause == null ? reason : reason.withDetail(FailureReason.trace(cause));
    }

    public ExtractionException(FailureReason.Cause cause, String message) {
        this(FailureReason.of(cause, message));
    }

    public ExtractionException(FailureReason.Cause cause, String message, Throwable t) {
        this(FailureReason.of(cause, message), t);
    }

    public ExtractionException(String reason) { this(FailureReason.Cause.UNREADABLE, reason); }

    public ExtractionException(String reason, Throwable cause) { this(FailureReason.Cause.UNREADABLE, reason, cause); }

    public FailureReason reason() { return reason; }
}

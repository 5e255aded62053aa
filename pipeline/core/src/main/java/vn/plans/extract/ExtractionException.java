package vn.plans.extract;

/** A document could not be extracted; the message is the reason recorded in the manifest. */
public class ExtractionException extends Exception {
    public ExtractionException(String reason) { super(reason); }

    public ExtractionException(String reason, Throwable cause) { super(reason, cause); }
}

package uk.send.web.transfer;

/**
 * An uploaded file that cannot be read as the CSV it should be: {@code reason} is a message key under
 * {@code import.file.}, {@code detail} its argument (the missing columns), shown beside the upload field.
 */
class UnreadableFileException extends Exception {

    private final String reason;
    private final String detail;

    UnreadableFileException(String reason, String detail) {
        super(reason);
        this.reason = reason;
        this.detail = detail;
    }

    String reason() {
        return reason;
    }

    String detail() {
        return detail;
    }
}

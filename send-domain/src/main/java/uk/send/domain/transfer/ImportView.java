package uk.send.domain.transfer;

import java.time.Instant;

/** Read model: an uploaded file's import, without its content. */
public record ImportView(long id, ImportKind kind, ImportStatus status, String fileName, int rowsTotal, int rowsDone,
                         boolean hasErrorReport, String summary, long createdBy, Instant createdAt, Instant finishedAt) {

    /** When it was uploaded, London time. */
    public java.time.LocalDateTime uploadedAt() {
        return java.time.LocalDateTime.ofInstant(createdAt, java.time.ZoneId.of("Europe/London"));
    }

    /** How far the import has gone, 0 to 100. */
    public int percent() {
        if (status == ImportStatus.DONE || status == ImportStatus.APPLIED) {
            return 100;
        }
        return rowsTotal == 0 ? 0 : (int) Math.min(100, (long) rowsDone * 100 / rowsTotal);
    }
}

package uk.send.pathway.appeal;

/** What the appeals list is narrowed to; every field optional ({@code open}: true open only, false ended only). */
public record AppealFilter(String query, Long footprintId, AppealType type, Boolean open) {
}

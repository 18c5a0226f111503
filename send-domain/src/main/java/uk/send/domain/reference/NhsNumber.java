package uk.send.domain.reference;

public record NhsNumber(String value) {
    public static NhsNumber of(String v) { return new NhsNumber(v.trim().toUpperCase()); }
}

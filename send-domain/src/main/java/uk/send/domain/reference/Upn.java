package uk.send.domain.reference;

public record Upn(String value) {
    public static Upn of(String v) { return new Upn(v.trim().toUpperCase()); }
}

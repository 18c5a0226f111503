package uk.send.domain.reference;

public record Urn(String value) {
    public static Urn of(String v) { return new Urn(v.trim().toUpperCase()); }
}

package uk.send.pathway.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Special educational provision in section F, specified and quantified: what, how often, how long, by whom. */
@Embeddable
public record Provision(
        @Column(name = "what", nullable = false, length = 2000) String what,
        @Column(name = "how_often", nullable = false, length = 200) String howOften,
        @Column(name = "how_long", nullable = false, length = 200) String howLong,
        @Column(name = "by_whom", nullable = false, length = 200) String byWhom) {

    public Provision {
        if (blank(what) || blank(howOften) || blank(howLong) || blank(byWhom)) {
            throw new IllegalArgumentException("Provision must say what, how often, how long and by whom");
        }
        what = what.trim();
        howOften = howOften.trim();
        howLong = howLong.trim();
        byWhom = byWhom.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

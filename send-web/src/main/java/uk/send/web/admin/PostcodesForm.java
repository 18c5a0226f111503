package uk.send.web.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.send.web.support.TextInput;

/**
 * The postcode districts ("DB1") and areas ("DB") a footprint covers, typed as a list separated by commas,
 * spaces or new lines.
 */
record PostcodesForm(@TextInput(max = PostcodesForm.MAX, lines = true) String prefixes) {

    static final int MAX = 2000;

    static PostcodesForm of(List<String> prefixes) {
        return new PostcodesForm(String.join(", ", prefixes));
    }

    /** Each prefix typed, in capitals; empty when none. */
    List<String> list() {
        if (prefixes == null || prefixes.isBlank()) {
            return List.of();
        }
        return Arrays.stream(prefixes.toUpperCase(Locale.ROOT).split("[,;\\s]+")).filter(p -> !p.isEmpty()).toList();
    }
}

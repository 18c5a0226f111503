package uk.send.domain.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The list of very common passwords in {@value #RESOURCE}, read once on first use. */
final class CommonPasswords {

    static final String RESOURCE = "/security/common-passwords.txt";

    private CommonPasswords() {
    }

    /** True when {@code password}, ignoring case and surrounding whitespace, is on the list. */
    static boolean contains(String password) {
        return Holder.PASSWORDS.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    static int size() {
        return Holder.PASSWORDS.size();
    }

    /** Lazy holder: the class loader reads the file the first time a password is checked, and only once. */
    private static final class Holder {
        static final Set<String> PASSWORDS = load();
    }

    private static Set<String> load() {
        InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing resource " + RESOURCE);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}

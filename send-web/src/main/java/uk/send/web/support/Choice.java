package uk.send.web.support;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One option of a select, radios or checkboxes: the value submitted and its label, either as text taken
 * from the data (a setting's name) or as a message key (an enum's label).
 */
public record Choice(String value, String text, String key) {

    /** A choice labelled with text from the data. */
    public static Choice text(Object value, String text) {
        return new Choice(Objects.toString(value), text, null);
    }

    /** A choice labelled from messages.properties. */
    public static Choice message(Object value, String key) {
        return new Choice(Objects.toString(value), null, key);
    }

    /** Every constant of an enum, labelled by {@code keyPrefix + "." + name}. */
    public static <E extends Enum<E>> List<Choice> of(Class<E> type, String keyPrefix) {
        return Arrays.stream(type.getEnumConstants()).map(e -> message(e.name(), keyPrefix + "." + e.name())).toList();
    }
}

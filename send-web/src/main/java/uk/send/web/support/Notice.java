package uk.send.web.support;

import java.io.Serializable;
import java.util.List;

/**
 * A message for the success banner on the page after a redirect (as a flash attribute named
 * {@link #ATTRIBUTE}): a message key and its arguments. Serializable, because flash attributes travel
 * in the session, which lives in the database.
 */
public record Notice(String key, List<Object> args) implements Serializable {

    public static final String ATTRIBUTE = "notice";

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, List.of(args));
    }

    /** The arguments as the message source wants them. */
    public Object[] arguments() {
        return args.toArray();
    }
}

package uk.send.domain.children;

import java.util.List;

/**
 * A child's details refused for a reason only the records can tell (a UPN already recorded, a postcode in no
 * footprint or outside the viewer's): says which field it is about and the message that explains it, with
 * the values its words need.
 */
public class ChildRefusedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public ChildRefusedException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}

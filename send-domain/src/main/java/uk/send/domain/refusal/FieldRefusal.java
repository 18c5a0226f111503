package uk.send.domain.refusal;

import java.util.List;

/**
 * Something a module's rules refuse, naming the field it is about (a value of the module's own {@code Field}
 * enum), with the message key and the values its words need, so that the page shows it against that field.
 * Each module keeps a thin subclass with its own fields, which narrows {@link #field()} to them.
 */
public abstract class FieldRefusal extends IllegalArgumentException {

    private final Enum<?> field;
    private final String key;
    private final transient List<Object> arguments;

    protected FieldRefusal(Enum<?> field, String key, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** The field the refusal is about; each subclass returns its own enum. */
    public Enum<?> field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}

package uk.send.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text component of a form record that is stored as typed: at most {@link #max()} characters (the
 * column's size, as the migrations declare it) and no control characters; a multi-line field may also
 * hold tabs and line breaks. {@link FormText} checks every one when the form is bound.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface TextInput {

    /** The most characters (Unicode code points, as PostgreSQL counts them) the column holds. */
    int max();

    /** A textarea: tabs, carriage returns and line feeds allowed. */
    boolean lines() default false;
}

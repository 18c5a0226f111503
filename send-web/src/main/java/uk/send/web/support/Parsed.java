package uk.send.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text component of a form record that is never stored as typed: the form's validator parses it (a day,
 * month or year) or checks it against its own rule (a password, which is hashed), and says what is wrong.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Parsed {
}

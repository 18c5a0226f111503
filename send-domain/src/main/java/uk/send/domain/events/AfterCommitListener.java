package uk.send.domain.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How one module follows another's events: the method runs once the publishing transaction has
 * committed, in a transaction of its own, on the same thread (so the page the user sees next already
 * shows its effect). Because it is a transactional event listener, Spring Modulith's event publication
 * registry records the publication before the commit and marks it complete only when the method
 * returns; a listener that throws leaves it incomplete, and {@link IncompleteEventRetry} resubmits it.
 * Listeners must therefore be idempotent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TransactionalEventListener
@Transactional(propagation = Propagation.REQUIRES_NEW)
public @interface AfterCommitListener {
}

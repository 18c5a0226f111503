package uk.send.web.support;

import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.send.domain.access.NotInScopeException;

/**
 * Turns the domain's refusals into the right page: a record outside the viewer's scope is 403 (already
 * audited by the domain), a missing record 404, a record changed by someone else since it was opened
 * a conflict page that loses nothing silently.
 */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(NotInScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String outOfScope() {
        return "error/403";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }
}

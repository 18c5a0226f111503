package uk.send.web.support;

import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import uk.send.domain.access.NotInScopeException;

/**
 * Turns the domain's refusals into the right page: a record outside the viewer's scope is 403 (already
 * audited by the domain), a missing record 404, a record changed by someone else since it was opened
 * a conflict page that loses nothing silently, a database too busy to answer in time 503. A request no
 * page of the service sends is never a server error: an address with letters where an id goes is a page that does not exist (404), a query or hidden
 * value that cannot be read, or one left out, a bad request (400). Values typed into a form never get here:
 * they come back as field errors on the same page ({@link FormBinding}).
 */
@ControllerAdvice
class ErrorHandling {

    private final CouncilSettings council;

    ErrorHandling(CouncilSettings council) {
        this.council = council;
    }

    /**
     * A record outside the viewer's scope answers exactly as one that does not exist, so that trying ids tells
     * no one which exist. The refusal itself was audited where it was made.
     */
    @ExceptionHandler(NotInScopeException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String outOfScope(Model model) {
        return errorPage(model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return errorPage(model, HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(Model model) {
        return errorPage(model, HttpStatus.CONFLICT);
    }

    /** An id in the address that is not a number (or is too big to be one): no such page. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException mismatch, Model model,
                        jakarta.servlet.http.HttpServletResponse response) {
        boolean inPath = mismatch.getParameter().hasParameterAnnotation(
                org.springframework.web.bind.annotation.PathVariable.class);
        HttpStatus status = inPath ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        return errorPage(model, status);
    }

    /** A query or form value missing, unreadable or of the wrong kind, outside any form record. */
    @ExceptionHandler({MissingServletRequestParameterException.class, ServletRequestBindingException.class,
            TypeMismatchException.class, HttpMessageNotReadableException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(Model model) {
        return errorPage(model, HttpStatus.BAD_REQUEST);
    }

    /**
     * The database is too busy to answer in time: no connection came free within the pool's wait, or a
     * statement ran past the statement timeout. The user is told to try again shortly (503 with Retry-After),
     * rather than shown a failure of the service; nothing was saved by the refused request.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, QueryTimeoutException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String busy(Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "5");
        return errorPage(model, HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * The same template Boot's error controller renders, with the status it expects (an exception
     * handler's model does not get the {@code @ModelAttribute}s of {@link GlobalModel}, so the layout's are added here).
     */
    private String errorPage(Model model, HttpStatus status) {
        model.addAttribute("status", status.value());
        model.addAttribute("council", council);
        return "error";
    }
}

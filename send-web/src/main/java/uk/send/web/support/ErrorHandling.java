package uk.send.web.support;

import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

import uk.send.domain.access.NotInScopeException;

/**
 * Turns the domain's refusals into the right page: a record outside the viewer's scope is 403 (already
 * audited by the domain), a missing record 404, a record changed by someone else since it was opened
 * a conflict page that loses nothing silently, a database too busy to answer in time 503.
 */
@ControllerAdvice
class ErrorHandling {

    private final CouncilSettings council;

    ErrorHandling(CouncilSettings council) {
        this.council = council;
    }

    @ExceptionHandler(NotInScopeException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String outOfScope(Model model) {
        return errorPage(model, HttpStatus.FORBIDDEN);
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

package uk.send.web.admin;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/** Guards for form records bound from a request. */
final class Binding {

    private Binding() {
    }

    /**
     * A form record that could not be built at all (a value no page sends, such as letters for an id or an
     * unknown choice) has nothing to show again: refuse the request as malformed.
     */
    static void requireBound(BindingResult errors) {
        if (errors.getTarget() == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Form values of the wrong type");
        }
    }
}

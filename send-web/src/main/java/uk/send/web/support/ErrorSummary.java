package uk.send.web.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * What the GOV.UK error summary lists: one error per field (the first found, as the field shows it), each
 * linked to its field. An error not tied to a field has nowhere to link to, so it is never listed as a link
 * (and no page makes one: every rejection names its field). Public for the templates' expressions.
 */
@Component("errorSummary")
public class ErrorSummary {

    /** The first error of each field, in the order they were found; errors not tied to a field left out. */
    public List<DetailedError> fieldErrors(List<DetailedError> errors) {
        Set<String> seen = new HashSet<>();
        List<DetailedError> first = new ArrayList<>();
        for (DetailedError error : errors) {
            if (!error.isGlobal() && seen.add(error.getFieldName())) {
                first.add(error);
            }
        }
        return first;
    }

    /** Errors not tied to a field: shown as text in the summary, never as a link that goes nowhere. */
    public List<DetailedError> otherErrors(List<DetailedError> errors) {
        return errors.stream().filter(DetailedError::isGlobal).toList();
    }
}

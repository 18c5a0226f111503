package uk.send.web.admin;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.validation.Errors;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditQuery;
import uk.send.web.support.DateFields;
import uk.send.web.support.TextInput;

/**
 * The audit trail's filters, as typed: who (the email they sign in with), which child (the number of their
 * record), what was done, and between which days. A value that cannot be read is a field error, never a
 * guess.
 */
record AuditFilter(@TextInput(max = Text.EMAIL_MAX) String person, Long child, AuditAction action,
                   @TextInput(max = 2) String fromDay, @TextInput(max = 2) String fromMonth, @TextInput(max = 4) String fromYear,
                   @TextInput(max = 2) String toDay, @TextInput(max = 2) String toMonth, @TextInput(max = 4) String toYear) {

    static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, null);
    }

    /** Adds an error to each filter that cannot be read. */
    void check(Errors errors) {
        Text.optionalEmail(errors, "person", person);
        if (child != null && child <= 0 && !errors.hasFieldErrors("child")) {
            errors.rejectValue("child", "admin.audit.child.invalid");
        }
        Optional<LocalDate> from = date(errors, "fromDay", fromDay, fromMonth, fromYear);
        Optional<LocalDate> to = date(errors, "toDay", toDay, toMonth, toYear);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            Text.reject(errors, "toDay", "admin.audit.to.beforeFrom");
        }
    }

    private static Optional<LocalDate> date(Errors errors, String field, String day, String month, String year) {
        if (Text.isBlank(day) && Text.isBlank(month) && Text.isBlank(year)) {
            return Optional.empty();
        }
        Optional<LocalDate> date = DateFields.parse(day, month, year);
        if (date.isEmpty()) {
            Text.reject(errors, field, "admin.audit.date.invalid");
        }
        return date;
    }

    /** The query, for a filter already checked. */
    AuditQuery query() {
        return new AuditQuery(Text.isBlank(person) ? null : person.strip(), child, action,
                DateFields.parse(fromDay, fromMonth, fromYear).orElse(null),
                DateFields.parse(toDay, toMonth, toYear).orElse(null));
    }

    /** The filters given, as query parameters for paging links and the download. */
    Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "person", person);
        put(p, "child", child == null ? null : child.toString());
        put(p, "action", action == null ? null : action.name());
        put(p, "fromDay", fromDay);
        put(p, "fromMonth", fromMonth);
        put(p, "fromYear", fromYear);
        put(p, "toDay", toDay);
        put(p, "toMonth", toMonth);
        put(p, "toYear", toYear);
        return p;
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (!Text.isBlank(value)) {
            p.put(name, value.strip());
        }
    }
}

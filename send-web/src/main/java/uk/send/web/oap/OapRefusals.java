package uk.send.web.oap;

import java.util.Map;

import org.springframework.validation.BindingResult;

import uk.send.commissioning.oap.OapRefusal;

/** Puts a refusal on the field it names, so the error summary links to a field on the page. */
final class OapRefusals {

    private static final Map<OapRefusal.Field, String> FIELDS = Map.of(OapRefusal.Field.AREA, "area",
            OapRefusal.Field.WORDING, "wording", OapRefusal.Field.RATING, "rating", OapRefusal.Field.EVIDENCE, "evidence",
            OapRefusal.Field.ACTION, "action", OapRefusal.Field.SUBMIT, "submission");

    private OapRefusals() {
    }

    static void reject(BindingResult errors, OapRefusal refused) {
        String field = FIELDS.get(refused.field());
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.getMessage());
        }
    }
}

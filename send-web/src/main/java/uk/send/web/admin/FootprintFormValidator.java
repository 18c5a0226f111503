package uk.send.web.admin;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A footprint's code is 2 to 20 letters, digits or hyphens (stored in capitals); its name is required. */
@Component
class FootprintFormValidator implements Validator {

    static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{2,20}");

    @Override
    public boolean supports(Class<?> type) {
        return FootprintForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        FootprintForm form = (FootprintForm) target;
        if (Text.isBlank(form.code())) {
            Text.reject(errors, "code", "admin.footprints.code.required");
        } else if (!CODE.matcher(form.code().trim()).matches()) {
            Text.reject(errors, "code", "admin.footprints.code.invalid");
        }
        Text.required(errors, "name", form.name(), "admin.footprints.name.required");
    }
}

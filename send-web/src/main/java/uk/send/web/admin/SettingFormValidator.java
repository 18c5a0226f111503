package uk.send.web.admin;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Urn;

/**
 * A setting needs a valid URN (when added), a name, type, phase and footprint; only a resource base has a
 * host school, and the host must be a mainstream school.
 */
@Component
class SettingFormValidator implements Validator {

    static final int NAME_MAX = 200;

    private final ReferenceData reference;

    SettingFormValidator(ReferenceData reference) {
        this.reference = reference;
    }

    @Override
    public boolean supports(Class<?> type) {
        return SettingForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        SettingForm form = (SettingForm) target;
        if (form.isNew()) {
            if (Text.isBlank(form.urn())) {
                errors.rejectValue("urn", "admin.settings.urn.required");
            } else if (!Urn.isValid(form.urn())) {
                errors.rejectValue("urn", "admin.settings.urn.invalid");
            }
        }
        Text.required(errors, "name", form.name(), NAME_MAX, "admin.settings.name.required", "admin.settings.name.tooLong");
        if (form.type() == null) {
            errors.rejectValue("type", "admin.settings.type.required");
        }
        if (form.phase() == null) {
            errors.rejectValue("phase", "admin.settings.phase.required");
        }
        if (form.footprintId() == null) {
            errors.rejectValue("footprintId", "admin.settings.footprintId.required");
        }
        if (form.hostSettingId() != null) {
            if (form.type() != SettingType.RESOURCE_BASE) {
                errors.rejectValue("hostSettingId", "admin.settings.hostSettingId.onlyResourceBase");
            } else if (!isMainstream(form.hostSettingId())) {
                errors.rejectValue("hostSettingId", "admin.settings.hostSettingId.notMainstream");
            }
        }
    }

    private boolean isMainstream(long settingId) {
        try {
            return reference.settingView(settingId).type().isMainstream();
        } catch (NoSuchElementException unknown) {
            return false;
        }
    }
}

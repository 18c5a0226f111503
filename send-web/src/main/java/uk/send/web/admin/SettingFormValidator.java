package uk.send.web.admin;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.Urn;
import uk.send.web.support.KnownIds;

/**
 * A setting needs a valid URN (when added), a name, type, phase and footprint; only a resource base has a
 * host school, and the host must be a mainstream school.
 */
@Component
class SettingFormValidator implements Validator {

    static final int NAME_MAX = 200;

    private final ReferenceData reference;
    private final KnownIds known;

    SettingFormValidator(ReferenceData reference, KnownIds known) {
        this.reference = reference;
        this.known = known;
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
                Text.reject(errors, "urn", "admin.settings.urn.required");
            } else if (!Urn.isValid(form.urn())) {
                Text.reject(errors, "urn", "admin.settings.urn.invalid");
            }
        }
        Text.required(errors, "name", form.name(), "admin.settings.name.required");
        if (form.type() == null) {
            Text.reject(errors, "type", "admin.settings.type.required");
        }
        if (form.phase() == null) {
            Text.reject(errors, "phase", "admin.settings.phase.required");
        }
        if (form.footprintId() == null) {
            Text.reject(errors, "footprintId", "admin.settings.footprintId.required");
        } else if (!known.isFootprint(form.footprintId())) {
            Text.reject(errors, "footprintId", "admin.settings.footprintId.unknown");
        }
        if (form.hostSettingId() != null) {
            if (form.type() != SettingType.RESOURCE_BASE) {
                Text.reject(errors, "hostSettingId", "admin.settings.hostSettingId.onlyResourceBase");
            } else if (!isMainstream(form.hostSettingId())) {
                Text.reject(errors, "hostSettingId", "admin.settings.hostSettingId.notMainstream");
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

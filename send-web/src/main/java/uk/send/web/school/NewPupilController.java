package uk.send.web.school;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRefusedException;
import uk.send.domain.children.NewPupil;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;
import uk.send.web.school.SupportForms.NewPupilForm;
import uk.send.web.support.Notice;

/**
 * A SENCO records a pupil on roll at their school whom the service does not know yet ({@code /school/new-pupil}):
 * name, date of birth, UPN with its check letter, NHS number and home postcode optional. A UPN already recorded is a
 * field error pointing to "record a pupil joining" (that child is known, perhaps at another school). Then the SENCO
 * goes straight on to adding the pupil to SEN Support.
 */
@Controller
class NewPupilController {

    static final String PATH = "/school/new-pupil";

    private final ChildDirectory children;
    private final Clock clock;

    NewPupilController(ChildDirectory children, Clock clock) {
        this.children = children;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String form(Model model) {
        model.addAttribute("newPupilForm", new NewPupilForm(null, null, null, null, null, null, null, null));
        return "pages/school/new-pupil";
    }

    @PostMapping(PATH)
    String record(@ModelAttribute("newPupilForm") NewPupilForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        required(errors, "givenName", form.givenName(), "support.error.givenNameRequired");
        required(errors, "familyName", form.familyName(), "support.error.familyNameRequired");
        Optional<LocalDate> born = SupportFormChecks.date(errors, "bornDay", form.bornDay(), form.bornMonth(),
                form.bornYear(), "support.error.bornRequired");
        LocalDate today = LocalDate.now(clock);
        born.filter(d -> d.isAfter(today)).ifPresent(d -> errors.rejectValue("bornDay", "support.error.bornInFuture"));
        born.filter(d -> !d.isAfter(today.minusYears(26))).ifPresent(d ->
                errors.rejectValue("bornDay", "support.error.bornOver25"));
        Upn upn = null;
        if (form.upn() == null || form.upn().isBlank()) {
            errors.rejectValue("upn", "support.error.upnRequired");
        } else if (!Upn.isValid(form.upn())) {
            errors.rejectValue("upn", "support.error.upnInvalid");
        } else {
            upn = Upn.of(form.upn());
        }
        NhsNumber nhs = null;
        if (form.nhsNumber() != null && !form.nhsNumber().isBlank()) {
            if (NhsNumber.isValid(form.nhsNumber())) {
                nhs = NhsNumber.of(form.nhsNumber());
            } else {
                errors.rejectValue("nhsNumber", "support.error.nhsNumberInvalid");
            }
        }
        Postcode postcode = null;
        if (form.homePostcode() != null && !form.homePostcode().isBlank()) {
            if (Postcode.isValid(form.homePostcode())) {
                postcode = Postcode.of(form.homePostcode());
            } else {
                errors.rejectValue("homePostcode", "support.error.postcodeInvalid");
            }
        }
        if (!errors.hasErrors()) {
            try {
                long id = children.recordPupil(viewer, new NewPupil(form.givenName(), form.familyName(),
                        born.orElseThrow(), upn, nhs, postcode));
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("support.notice.pupilRecorded"));
                return "redirect:/school/pupils/" + id + "/add";
            } catch (ChildRefusedException refused) {
                errors.rejectValue(refused.field(), switch (refused.messageKey()) {
                    case "child.upn.taken" -> "support.error.upnKnown";
                    case "child.nhsNumber.taken" -> "support.error.nhsNumberKnown";
                    default -> refused.messageKey();
                });
            }
        }
        return "pages/school/new-pupil";
    }

    private static void required(Errors errors, String field, String value, String key) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, key);
        }
    }
}

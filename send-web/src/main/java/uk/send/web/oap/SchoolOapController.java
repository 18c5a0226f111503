package uk.send.web.oap;

import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.send.commissioning.oap.AcademicYear;
import uk.send.commissioning.oap.OapRefusal;
import uk.send.commissioning.oap.Rating;
import uk.send.commissioning.oap.SelfAssessmentView;
import uk.send.commissioning.oap.SelfAssessments;
import uk.send.commissioning.oap.StandardAnswer;
import uk.send.domain.access.Viewer;
import uk.send.web.oap.OapForms.AnswerForm;
import uk.send.web.oap.OapForms.SubmitForm;
import uk.send.web.support.Choice;
import uk.send.web.support.Notice;

/**
 * The SENCO's self-assessment against the standards of ordinarily available provision ({@code /school/oap}): this
 * academic year's standards as a task list, one page per standard, submitted once every standard is answered; and
 * the school's earlier years, read only. {@link SelfAssessments} scopes everything to the SENCO's setting.
 */
@Controller
class SchoolOapController {

    private final SelfAssessments assessments;

    SchoolOapController(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    static AcademicYear year(int year) {
        try {
            return new AcademicYear(year);
        } catch (IllegalArgumentException outOfRange) {
            throw new NoSuchElementException("No such academic year");
        }
    }

    @GetMapping("/school/oap")
    String home(Viewer viewer, Model model) {
        SelfAssessmentView view = assessments.year(viewer, assessments.currentYear());
        model.addAttribute("submitForm", new SubmitForm(view.version()));
        return home(viewer, view, model);
    }

    private String home(Viewer viewer, SelfAssessmentView view, Model model) {
        model.addAttribute("assessment", view);
        model.addAttribute("history", assessments.history(viewer).stream()
                .filter(y -> !y.year().equals(view.year())).toList());
        return "pages/oap/school";
    }

    @PostMapping("/school/oap/submit")
    String submit(@ModelAttribute("submitForm") SubmitForm form, BindingResult errors, Viewer viewer, Model model,
                  RedirectAttributes redirect) {
        try {
            assessments.submit(viewer, form.version() == null ? -1 : form.version());
            redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("oap.notice.submitted",
                    assessments.currentYear().label()));
            return "redirect:/school/oap";
        } catch (OapRefusal refused) {
            OapRefusals.reject(errors, refused);
        }
        return home(viewer, assessments.year(viewer, assessments.currentYear()), model);
    }

    @GetMapping("/school/oap/{year}")
    String year(@PathVariable int year, Viewer viewer, Model model) {
        SelfAssessmentView view = assessments.year(viewer, year(year));
        if (view.editable()) {
            return "redirect:/school/oap";
        }
        model.addAttribute("assessment", view);
        return "pages/oap/school-year";
    }

    @GetMapping("/school/oap/standards/{id}")
    String standard(@PathVariable long id, Viewer viewer, Model model) {
        StandardAnswer answer = assessments.standard(viewer, id);
        if (!answer.editable()) {
            return "redirect:/school/oap";
        }
        model.addAttribute("answerForm", new AnswerForm(answer.rating(), answer.evidence(), answer.action()));
        return standardPage(answer, model);
    }

    private static String standardPage(StandardAnswer answer, Model model) {
        model.addAttribute("answer", answer);
        model.addAttribute("ratingChoices", Choice.of(Rating.class, "oap.rating"));
        return "pages/oap/answer";
    }

    @PostMapping("/school/oap/standards/{id}")
    String answer(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        StandardAnswer answer = assessments.standard(viewer, id);
        if (!answer.editable()) {
            return "redirect:/school/oap";
        }
        if (!errors.hasErrors()) {
            try {
                assessments.answer(viewer, id, form.rating(), form.evidence(), form.action());
                redirect.addFlashAttribute(Notice.ATTRIBUTE, Notice.of("oap.notice.answered"));
                return "redirect:/school/oap";
            } catch (OapRefusal refused) {
                if (refused.field() == OapRefusal.Field.SUBMIT) {
                    return "redirect:/school/oap";
                }
                OapRefusals.reject(errors, refused);
            }
        }
        return standardPage(answer, model);
    }
}

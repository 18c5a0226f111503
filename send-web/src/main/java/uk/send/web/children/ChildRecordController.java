package uk.send.web.children;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRecord;
import uk.send.domain.children.ParentInvitations;
import uk.send.domain.children.YoungPersonInvitations;
import uk.send.domain.reference.NationalCurriculumYear;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.EhcPlans;

/** A child's record, for the roles whose scope includes that child; every view is audited. */
@Controller
class ChildRecordController {

    private final ChildDirectory children;
    private final NeedsAssessments assessments;
    private final EhcPlans plans;
    private final Clock clock;

    ChildRecordController(ChildDirectory children, NeedsAssessments assessments, EhcPlans plans, Clock clock) {
        this.plans = plans;
        this.children = children;
        this.assessments = assessments;
        this.clock = clock;
    }

    @GetMapping("/children/{id}")
    String record(@PathVariable long id, Viewer viewer, Model model) {
        ChildRecord record;
        try {
            record = children.view(viewer, id);
        } catch (java.util.NoSuchElementException noLiveRecord) {
            // a record merged into another is not found as itself: its address leads to the record kept
            return children.mergedInto(id).map(kept -> "redirect:/children/" + kept).orElseThrow(() -> noLiveRecord);
        }
        LocalDate today = LocalDate.now(clock);
        int yearGroup = NationalCurriculumYear.yearGroup(record.summary().dateOfBirth(), today);
        model.addAttribute("child", record);
        // least data: a parent or young person sees their own contact details, never another carer's (no sharing exists)
        model.addAttribute("ownCarerOnly", viewer.role() == Role.PARENT || viewer.role() == Role.YOUNG_PERSON
                ? viewer.userId() : null);
        model.addAttribute("yearGroup", NationalCurriculumYear.label(yearGroup));
        model.addAttribute("backLink", viewer.role().homePath());
        model.addAttribute("plan", plans.currentFor(viewer, id).orElse(null));
        // a young person of 16 or over may be invited to their own account (the link shows only then)
        // (from the record already read: the child's page counts its statements; the invitation page says if they hold one)
        model.addAttribute("youngPersonOldEnough", ParentInvitations.mayInvite(viewer)
                && !YoungPersonInvitations.sixteenthBirthday(record.summary().dateOfBirth()).isAfter(today));
        if (viewer.is(Role.CASEWORKER)) {
            var forChild = assessments.forChild(viewer, id);
            model.addAttribute("assessments", forChild);
            // one open assessment per child: no new request is offered while one is open
            model.addAttribute("openAssessment", forChild.stream().anyMatch(a -> !a.stage().isClosed()));
        }
        return "pages/children/record";
    }
}

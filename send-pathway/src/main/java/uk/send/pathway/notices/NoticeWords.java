package uk.send.pathway.notices;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.send.domain.access.LinkSettings;
import uk.send.domain.notifications.Email;

/**
 * The words of the emails to families: a subject that names no one (it is read on lock screens and in mail
 * servers' logs), a body that says what happened and what comes next, with a link to the page behind sign-in
 * (from {@code send.links.base-url}, never a request's Host) and where to choose which emails come.
 */
@Component
class NoticeWords {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final String base;

    NoticeWords(LinkSettings links) {
        this.base = links.baseUrl();
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    Email email(String subject, String body, String path) {
        return new Email(subject, body + "\n\nSign in to see it: " + base + path
                + "\n\nYou can choose which emails the SEND service sends you: " + base + "/account/notifications"
                + "\n\nThis email was sent by the council's SEND service. Please do not reply to it.");
    }

    Email requestReceived(long assessmentId, LocalDate on) {
        return email("We have received a request for an EHC needs assessment",
                "The council's SEND team received a request for an education, health and care (EHC) needs assessment on "
                        + date(on) + ".\n\nThe council will decide whether to assess within 6 weeks of that date.",
                "/parent/cases/" + assessmentId);
    }

    Email decidedToAssess(long assessmentId, LocalDate on) {
        return email("The council has decided to carry out an EHC needs assessment",
                "On " + date(on) + " the council decided to carry out an education, health and care (EHC) needs assessment."
                        + "\n\nThe council will ask for advice from the professionals who know your child, and from you.",
                "/parent/cases/" + assessmentId);
    }

    Email refusedToAssess(long assessmentId, LocalDate on) {
        return email("The council has decided not to carry out an EHC needs assessment",
                "On " + date(on) + " the council decided not to carry out an education, health and care (EHC) needs "
                        + "assessment. The council will write to you with its reasons.\n\nYou have the right to appeal "
                        + "to the SEND Tribunal. Before you appeal you must contact a mediation adviser; the letter tells "
                        + "you how.",
                "/parent/cases/" + assessmentId);
    }

    Email decidedNotToIssue(long assessmentId, LocalDate on) {
        return email("The council has decided not to issue an EHC plan",
                "On " + date(on) + " the council decided, after the assessment, not to issue an education, health and "
                        + "care (EHC) plan. The council will write to you with its reasons.\n\nYou have the right to "
                        + "appeal to the SEND Tribunal. Before you appeal you must contact a mediation adviser.",
                "/parent/cases/" + assessmentId);
    }

    Email draftIssued(long assessmentId, LocalDate on, LocalDate commentsCloseOn) {
        return email("A draft EHC plan is ready for your comments",
                "The council issued a draft education, health and care (EHC) plan on " + date(on) + ".\n\n"
                        + "You can comment on it, section by section, and ask for a particular school or setting to be "
                        + "named, until " + date(commentsCloseOn) + ".",
                "/parent/cases/" + assessmentId + "/response");
    }

    Email finalPlanIssued(long assessmentId, LocalDate on) {
        return email("The final EHC plan has been issued",
                "The council issued the final education, health and care (EHC) plan on " + date(on) + ".\n\n"
                        + "You can read it and download it. If you disagree with it, you have the right to appeal to "
                        + "the SEND Tribunal; you must contact a mediation adviser first.",
                "/parent/cases/" + assessmentId);
    }

    Email reviewArranged(long planId, LocalDate dueOn, LocalDate meetingOn) {
        return email("An annual review of the EHC plan is due",
                "The annual review of the education, health and care (EHC) plan is due by " + date(dueOn)
                        + ". The review meeting is on " + date(meetingOn) + ".\n\n"
                        + "Please give your views online before the meeting.",
                "/parent/reviews/" + planId);
    }

    Email reviewDecided(long planId, uk.send.pathway.plan.ReviewDecision decision, LocalDate on) {
        return switch (decision) {
            case MAINTAIN -> email("The council has decided to keep the EHC plan as it is",
                    "After the annual review meeting, the council decided on " + date(on) + " to keep the education, "
                            + "health and care (EHC) plan as it is.\n\nIf you disagree, you have the right to appeal to "
                            + "the SEND Tribunal; you must contact a mediation adviser first.",
                    "/plans/" + planId);
            case AMEND -> email("The council has decided to change the EHC plan",
                    "After the annual review meeting, the council decided on " + date(on) + " to change (amend) the "
                            + "education, health and care (EHC) plan.\n\nThe council will send you the proposed changes, "
                            + "and you will have at least 15 days to comment on them.",
                    "/plans/" + planId);
            case CEASE -> email("The council has decided to stop maintaining the EHC plan",
                    "After the annual review meeting, the council decided on " + date(on) + " to stop maintaining "
                            + "(cease) the education, health and care (EHC) plan. The notice gives the reason.\n\n"
                            + "You have the right to appeal to the SEND Tribunal; you must contact a mediation adviser first.",
                    "/plans/" + planId + "/ceased");
        };
    }

    Email amendmentsProposed(long planId, LocalDate on, LocalDate commentsCloseOn) {
        return email("Proposed changes to the EHC plan are ready for your comments",
                "After the annual review, the council sent proposed changes (amendments) to the education, health and "
                        + "care (EHC) plan on " + date(on) + ".\n\nYou can comment on them online until "
                        + date(commentsCloseOn) + ". The council will then issue the amended plan.",
                "/parent/reviews/" + planId);
    }

    Email amendedPlanIssued(long planId, LocalDate on) {
        return email("The amended EHC plan has been issued",
                "The council issued the amended education, health and care (EHC) plan on " + date(on) + ".\n\n"
                        + "You can read it, download it and compare it with the last version. If you disagree with it, "
                        + "you have the right to appeal to the SEND Tribunal; you must contact a mediation adviser first.",
                "/plans/" + planId);
    }

    Email amendmentCommentsDue(long planId, LocalDate closeOn) {
        return email("Reminder: comments on the proposed changes to the EHC plan are due soon",
                "The time to comment on the proposed changes (amendments) to the education, health and care (EHC) plan "
                        + "ends on " + date(closeOn) + ". We have not had your comments yet.",
                "/parent/reviews/" + planId);
    }

    Email draftCommentsDue(long assessmentId, LocalDate closeOn) {
        return email("Reminder: comments on the draft EHC plan are due soon",
                "The time to comment on the draft education, health and care (EHC) plan ends on " + date(closeOn)
                        + ". We have not had your comments yet.",
                "/parent/cases/" + assessmentId + "/response");
    }

    Email reviewViewsDue(long planId, LocalDate meetingOn) {
        return email("Reminder: your views for the EHC plan review are wanted",
                "The review meeting for the education, health and care (EHC) plan is on " + date(meetingOn)
                        + ". We have not had your views yet: please give them before the meeting.",
                "/parent/reviews/" + planId);
    }
}

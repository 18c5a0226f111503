package uk.send.web.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.send.domain.notifications.Email;
import uk.send.pathway.assessment.AboutMe;
import uk.send.pathway.assessment.FamilyDraftResponse;
import uk.send.pathway.assessment.SectionComment;

/**
 * The emails that confirm to the family exactly what they sent: their answer to a draft plan, and their views for a
 * plan's review (a parent's, or a young person's own). Subjects name no one; the body repeats their words and says
 * how to reach the team.
 */
@Component
public class ConfirmationEmail {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MessageSource messages;
    private final TeamContact team;

    ConfirmationEmail(MessageSource messages, TeamContact team) {
        this.messages = messages;
        this.team = team;
    }

    Email of(String childName, FamilyDraftResponse response, String settingName, LocalDate sentOn) {
        StringBuilder body = new StringBuilder();
        body.append(text("family.email.intro", childName, LONG_DATE.format(sentOn))).append("\n\n");
        if (response.comments() != null) {
            body.append(text("family.response.comments")).append("\n").append(response.comments()).append("\n\n");
        }
        for (SectionComment c : response.sections()) {
            body.append(text("plan.section." + c.section())).append("\n").append(c.comment()).append("\n\n");
        }
        if (settingName != null) {
            body.append(text("family.response.settingAskedFor")).append("\n").append(settingName).append("\n\n");
        }
        body.append(text("family.email.contact", team.phone(), team.email()));
        return new Email(text("family.email.subject"), body.toString());
    }

    /** The family's views for a review as they sent them: a parent's, or a young person's own ({@code own}). */
    public Email ofReviewViews(String childName, boolean own, LocalDate meetingOn, String views, LocalDate sentOn) {
        String body = text(own ? "reviewViews.email.intro.own" : "reviewViews.email.intro", childName,
                LONG_DATE.format(sentOn), LONG_DATE.format(meetingOn)) + "\n\n"
                + text(own ? "reviewViews.sent.own" : "reviewViews.sent.parent") + "\n" + views + "\n\n"
                + text("family.email.contact", team.phone(), team.email());
        return new Email(text("reviewViews.email.subject"), body);
    }

    /**
     * The family's views on a SEN Support plan the school shared, as they sent them: a parent's, or a young person's
     * own ({@code own}).
     */
    public Email ofSupportPlanViews(String childName, boolean own, String settingName, String views, LocalDate sentOn) {
        String body = text(own ? "support.familyViews.email.intro.own" : "support.familyViews.email.intro", childName,
                LONG_DATE.format(sentOn), settingName) + "\n\n"
                + text("support.familyViews.sent.views") + "\n" + views + "\n\n"
                + text("family.email.contact", team.phone(), team.email());
        return new Email(text("support.familyViews.email.subject"), body);
    }

    /** The "about me" views the family wrote for section A, as written: a parent's, or a young person's own. */
    Email ofAboutMe(String childName, boolean own, java.util.Map<AboutMe.Whose, String> written, LocalDate sentOn) {
        StringBuilder body = new StringBuilder(text(own ? "family.aboutMe.email.intro.own" : "family.aboutMe.email.intro",
                childName, LONG_DATE.format(sentOn))).append("\n\n");
        written.forEach((whose, views) -> body.append(text(own ? "family.aboutMe.own" : "family.aboutMe."
                + (whose == AboutMe.Whose.CHILD ? "childViews" : "familyViews"))).append("\n").append(views).append("\n\n"));
        body.append(text("family.email.contact", team.phone(), team.email()));
        return new Email(text("family.aboutMe.email.subject"), body.toString());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}

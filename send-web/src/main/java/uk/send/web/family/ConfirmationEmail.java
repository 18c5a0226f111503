package uk.send.web.family;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.send.domain.notifications.Email;
import uk.send.pathway.assessment.FamilyDraftResponse;
import uk.send.pathway.assessment.SectionComment;

/**
 * The email that confirms to the family exactly what they sent about a draft plan. Its subject names no one; the
 * body repeats their words, section by section, and says how to reach the team.
 */
@Component
class ConfirmationEmail {

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

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}

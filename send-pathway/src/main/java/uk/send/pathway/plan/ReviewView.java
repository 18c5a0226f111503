package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.Map;

/**
 * One review as the caseworker's page shows it, with every statutory date worked out by the calendar and
 * whether the step was late. {@code childViewsOnlineOn} is the day the young person gave their own views online (the
 * child's views, null when the caseworker recorded them); the parents' and the setting's are always given online.
 * {@code noticeGivenOn} is the day those invited were told of the meeting's date; {@code shortNotice} whether that
 * gave them less than the 2 weeks of reg 20(3).
 */
public record ReviewView(long id, LocalDate dueOn, LocalDate meetingOn, ReviewStatus status, LocalDate reportDue,
                         LocalDate reportReceivedOn, Map<ViewsFrom, String> views, LocalDate childViewsOnlineOn,
                         LocalDate parentViewsOn,
                         LocalDate settingViewsOn, ReviewDecision decision, LocalDate decisionDue, LocalDate decidedOn,
                         Integer proposedVersion, LocalDate proposedOn, LocalDate commentsCloseOn,
                         String familyComments, LocalDate familyCommentsOn, LocalDate amendedDue,
                         Integer amendedVersion, LocalDate amendedOn, LocalDate noticeGivenOn, boolean shortNotice) {

    public ReviewView {
        views = Map.copyOf(views);
    }

    /** Whether the meeting itself was held after the review was due. */
    public boolean meetingLate() {
        return meetingOn.isAfter(dueOn);
    }

    public boolean reportLate() {
        return reportReceivedOn != null && reportReceivedOn.isAfter(reportDue);
    }

    /** A decision notified after its 4 weeks is marked late on the plan and in the list. */
    public boolean decisionLate() {
        return decidedOn != null && decidedOn.isAfter(decisionDue);
    }

    public boolean amendedLate() {
        return amendedOn != null && amendedDue != null && amendedOn.isAfter(amendedDue);
    }

    public boolean decided() {
        return decision != null;
    }
}

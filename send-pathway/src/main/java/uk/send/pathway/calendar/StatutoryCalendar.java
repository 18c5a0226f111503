package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Computes the deadlines of an EHC needs assessment from {@link StatutoryPeriod}, the status of a deadline on a
 * given day, and whether a final plan was on time.
 *
 * <p>Immutable, stateless and free of Spring, so one instance can be shared; "today" is always a parameter.
 *
 * <p><b>Draft plan comments.</b> Regulation 13(1) gives the parent or young person "at least 15 days, beginning
 * on the day on which the draft plan was served". The day the draft is sent is day 1, so
 * {@link #draftCommentsCloseOn} is {@code draftSent + 14 days}, the 15th and last day for comments, and
 * {@link #earliestFinalisationDate} is {@code draftSent + 15 days}. Service is taken to be the day sent; if a
 * council adds days for postal service it must pass the served date instead.
 *
 * <p><b>Final plan timeliness.</b> {@link #finalPlanTimeliness} reports each plan both with and without
 * exceptions, as the SEN2 return does: see {@link Timeliness}.
 */
public final class StatutoryCalendar {

    /** A deadline due today or within this many days is {@link DeadlineStatus#DUE_SOON}. */
    public static final int DUE_SOON_DAYS = 14;

    public StatutoryCalendar() {
    }

    /** The decision, decision-not-to-issue and final-plan deadlines for a request received on that day. */
    public AssessmentDeadlines deadlinesFor(LocalDate requestReceived) {
        return new AssessmentDeadlines(requestReceived, StatutoryPeriod.DECISION_TO_ASSESS.from(requestReceived),
                StatutoryPeriod.DECISION_NOT_TO_ISSUE.from(requestReceived),
                StatutoryPeriod.FINAL_PLAN.from(requestReceived));
    }

    /** When advice asked for on {@code adviceRequested} is due: 6 weeks from that request for advice. */
    public LocalDate adviceDue(LocalDate adviceRequested) {
        return StatutoryPeriod.ADVICE.from(adviceRequested);
    }

    /**
     * When a school or setting consulted about being named on {@code consulted} should respond: 15 days from
     * the consultation (Code of Practice 9.83).
     */
    public LocalDate settingResponseDue(LocalDate consulted) {
        return StatutoryPeriod.SETTING_CONSULTATION_RESPONSE.from(consulted);
    }

    /** The last of the at least 15 days for comments, counting the day the draft was sent as the first. */
    public LocalDate draftCommentsCloseOn(LocalDate draftSent) {
        return earliestFinalisationDate(draftSent).minusDays(1);
    }

    /** The first day the council may finalise the plan: the day after comments close. */
    public LocalDate earliestFinalisationDate(LocalDate draftSent) {
        return StatutoryPeriod.DRAFT_COMMENTS.from(draftSent);
    }

    /**
     * When the next review of a plan is due: within 12 months of {@code from} (the plan's first issue, or the
     * previous review meeting), or, for a child under 5 on that day, {@code underFiveMonths} months after it
     * (Code of Practice 9.178: every 3 to 6 months). A child who is 5 on the day of the review starts the
     * 12-month cycle; one reviewed the day before their 5th birthday has one more short cycle.
     *
     * @throws IllegalArgumentException if {@code underFiveMonths} is outside 3 to 6
     */
    public LocalDate reviewDue(LocalDate from, LocalDate dateOfBirth, int underFiveMonths) {
        Objects.requireNonNull(from, "from is required");
        requireUnderFiveInterval(underFiveMonths);
        if (dateOfBirth != null && from.isBefore(dateOfBirth.plusYears(5))) {
            return from.plusMonths(underFiveMonths);
        }
        return StatutoryPeriod.ANNUAL_REVIEW.from(from);
    }

    /**
     * When a SEN Support plan starting (or reviewed) on {@code start} is next reviewed, {@code interval} later: the
     * council's interval, or its tier's. Never later than {@link #supportLatestReview}.
     *
     * @throws IllegalArgumentException if the interval is not positive or runs past the longest cycle
     */
    public LocalDate supportReviewDue(LocalDate start, java.time.Period interval) {
        Objects.requireNonNull(start, "start is required");
        requireSupportInterval(interval, "interval");
        return start.plus(interval);
    }

    /** The last day a SEN Support plan starting on {@code start} may be reviewed on: 12 months on. */
    public LocalDate supportLatestReview(LocalDate start) {
        return StatutoryPeriod.SUPPORT_PLAN_REVIEW_LONGEST.from(start);
    }

    /**
     * Refuses a SEN Support review interval that is not positive or runs past the longest cycle (12 months), naming
     * the setting it came from; returns it normalised.
     */
    public static java.time.Period requireSupportInterval(java.time.Period interval, String setting) {
        Objects.requireNonNull(interval, setting + " is required");
        java.time.Period normal = interval.normalized();
        LocalDate probe = LocalDate.of(2000, 1, 1);
        if (normal.isNegative() || normal.isZero() || !probe.plus(normal).isAfter(probe)
                || probe.plus(normal).isAfter(StatutoryPeriod.SUPPORT_PLAN_REVIEW_LONGEST.from(probe))) {
            throw new IllegalArgumentException(setting + " must be more than a day and at most 12 months, not " + interval);
        }
        return normal;
    }

    /** Refuses a cycle for children under 5 outside the Code's 3 to 6 months. */
    public static int requireUnderFiveInterval(int months) {
        if (months < StatutoryPeriod.UNDER_FIVE_REVIEW_SHORTEST.length().toTotalMonths()
                || months > StatutoryPeriod.UNDER_FIVE_REVIEW_LONGEST.length().toTotalMonths()) {
            throw new IllegalArgumentException("Children under 5 are reviewed every 3 to 6 months, not every " + months);
        }
        return months;
    }

    /** The earliest day a review meeting may be held when those invited are told of it on {@code told}: 2 weeks on. */
    public LocalDate earliestReviewMeeting(LocalDate told) {
        return StatutoryPeriod.REVIEW_MEETING_NOTICE.from(told);
    }

    /**
     * Whether a meeting arranged ahead (after the day {@code told}) gives less than the 2 weeks' notice; a meeting
     * recorded on or after the day it was held, or with no day of notice kept, is not marked.
     */
    public boolean shortNotice(LocalDate told, LocalDate meeting) {
        return told != null && meeting != null && meeting.isAfter(told)
                && meeting.isBefore(earliestReviewMeeting(told));
    }

    /** When the setting's report is due after a review meeting on {@code meeting}: 2 weeks. */
    public LocalDate reviewReportDue(LocalDate meeting) {
        return StatutoryPeriod.REVIEW_REPORT.from(meeting);
    }

    /** When the council must notify its decision to maintain, amend or cease after a meeting: 4 weeks. */
    public LocalDate reviewDecisionDue(LocalDate meeting) {
        return StatutoryPeriod.REVIEW_DECISION.from(meeting);
    }

    /** The last of the at least 15 days for comments on proposed amendments, the day sent counting as the first. */
    public LocalDate amendmentCommentsCloseOn(LocalDate proposed) {
        return StatutoryPeriod.AMENDMENT_COMMENTS.from(proposed).minusDays(1);
    }

    /** When the amended plan is due: 8 weeks from sending the proposed amendments. */
    public LocalDate amendedPlanDue(LocalDate proposed) {
        return StatutoryPeriod.AMENDED_PLAN.from(proposed);
    }

    /**
     * The last day to appeal to the tribunal against a decision notified on {@code notifiedOn} (2 months), unless
     * a mediation certificate issued later gives longer ({@link #appealByAfterMediation}).
     */
    public LocalDate appealBy(LocalDate notifiedOn) {
        return StatutoryPeriod.APPEAL.from(notifiedOn);
    }

    /**
     * The last day to appeal once a mediation certificate is issued on {@code certificateOn}: 1 month from it, or
     * the 2 months from the decision's notice if that is later.
     */
    public LocalDate appealByAfterMediation(LocalDate notifiedOn, LocalDate certificateOn) {
        LocalDate afterCertificate = StatutoryPeriod.APPEAL_AFTER_MEDIATION.from(certificateOn);
        LocalDate fromNotice = appealBy(notifiedOn);
        return afterCertificate.isAfter(fromNotice) ? afterCertificate : fromNotice;
    }

    /**
     * The last day to appeal to the tribunal against a decision and the period that sets it.
     *
     * @param period {@link StatutoryPeriod#APPEAL} (2 months from the decision's notice) or
     *               {@link StatutoryPeriod#APPEAL_AFTER_MEDIATION} (1 month from the certificate), whichever ends later
     * @param lastDay the last day an appeal is in time
     */
    public record AppealWindow(StatutoryPeriod period, LocalDate lastDay) {

        /** Whether an appeal registered on {@code registeredOn} came after the last day (false if not registered). */
        public boolean late(LocalDate registeredOn) {
            return registeredOn != null && registeredOn.isAfter(lastDay);
        }
    }

    /**
     * The last day to appeal against a decision notified on {@code notifiedOn}, given the mediation certificate
     * issued on {@code certificateOn} (null if none): the later of 2 months from the notice and 1 month from the
     * certificate; on a tie, the 2 months.
     */
    public AppealWindow appealWindow(LocalDate notifiedOn, LocalDate certificateOn) {
        LocalDate fromNotice = appealBy(notifiedOn);
        if (certificateOn != null) {
            LocalDate afterCertificate = StatutoryPeriod.APPEAL_AFTER_MEDIATION.from(certificateOn);
            if (afterCertificate.isAfter(fromNotice)) {
                return new AppealWindow(StatutoryPeriod.APPEAL_AFTER_MEDIATION, afterCertificate);
            }
        }
        return new AppealWindow(StatutoryPeriod.APPEAL, fromNotice);
    }

    /** Whether a step taken on {@code done} was after its due date (on the due date is on time). */
    public boolean late(LocalDate due, LocalDate done) {
        return done != null && due != null && done.isAfter(due);
    }

    /**
     * {@link DeadlineStatus#OVERDUE} after the due date; {@link DeadlineStatus#DUE_SOON} on it and in the
     * {@value #DUE_SOON_DAYS} days before; otherwise {@link DeadlineStatus#ON_TRACK}.
     */
    public DeadlineStatus status(LocalDate due, LocalDate today) {
        long days = daysUntil(due, today);
        if (days < 0) {
            return DeadlineStatus.OVERDUE;
        }
        return days <= DUE_SOON_DAYS ? DeadlineStatus.DUE_SOON : DeadlineStatus.ON_TRACK;
    }

    /** Calendar days from {@code today} to {@code due}: 0 on the due date, negative once overdue. */
    public long daysUntil(LocalDate due, LocalDate today) {
        Objects.requireNonNull(due, "due is required");
        Objects.requireNonNull(today, "today is required");
        return ChronoUnit.DAYS.between(today, due);
    }

    /**
     * Whether a final plan issued on {@code finalIssued} met the 20-week limit, and whether any of the recorded
     * exceptions overlaps the days from the request to the issue (both inclusive), which takes the plan out of
     * the measure excluding exceptions.
     *
     * @throws IllegalArgumentException if the plan was issued before the request was received
     */
    public Timeliness finalPlanTimeliness(LocalDate requestReceived, LocalDate finalIssued,
            List<AssessmentException> exceptions) {
        Objects.requireNonNull(finalIssued, "finalIssued is required");
        Objects.requireNonNull(exceptions, "exceptions are required (empty if none)");
        LocalDate due = StatutoryPeriod.FINAL_PLAN.from(requestReceived);
        boolean exceptionApplies = exceptions.stream()
                .anyMatch(exception -> exception.overlaps(requestReceived, finalIssued));
        return new Timeliness(requestReceived, due, finalIssued, ChronoUnit.DAYS.between(requestReceived, finalIssued),
                exceptionApplies);
    }

    /**
     * The day by which the plan naming the next setting must be final for a transfer in September of
     * {@code calendarYearOfTransfer} (reg 18(1)).
     */
    public LocalDate transferDeadline(TransferDeadline kind, int calendarYearOfTransfer) {
        return Objects.requireNonNull(kind, "kind is required").in(calendarYearOfTransfer);
    }

    /**
     * The latest day the review leading to a transfer can be held and the plan still be final by its deadline
     * if every later step takes its full time: the decision within {@link StatutoryPeriod#REVIEW_DECISION} of the
     * meeting, then the amended plan within {@link StatutoryPeriod#AMENDED_PLAN} of the proposed amendments sent
     * with it. For 15 February that is in the preceding autumn (23 November).
     */
    public LocalDate transferReviewStartBy(LocalDate transferDeadline) {
        return Objects.requireNonNull(transferDeadline, "deadline is required")
                .minus(StatutoryPeriod.AMENDED_PLAN.length()).minus(StatutoryPeriod.REVIEW_DECISION.length());
    }

    /** A step the council must take after a tribunal appeal, and the day it is due by. */
    public record ComplianceStep(StatutoryPeriod period, LocalDate due) {
    }

    /**
     * Each step the council must take after the tribunal's order, or after its notice conceding the appeal,
     * made on {@code from}, with its due date, the first due first (regs 44 and 45).
     */
    public List<ComplianceStep> complianceSteps(TribunalCompliance compliance, LocalDate from) {
        Objects.requireNonNull(from, "from is required");
        return compliance.periods().stream().map(p -> new ComplianceStep(p, p.from(from))).toList();
    }

    /** The first compliance date: the day by which the council must take the first step. */
    public LocalDate complianceDue(TribunalCompliance compliance, LocalDate from) {
        return complianceSteps(compliance, from).get(0).due();
    }
}

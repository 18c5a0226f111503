package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.pathway.calendar.StatutoryCalendar;

/** Each child's review cycle: the calendar's rule, the child's date of birth and the council's cycle under 5. */
@Component
@EnableConfigurationProperties(ReviewPolicy.class)
class ReviewCycles {

    private final StatutoryCalendar calendar;
    private final ReviewPolicy policy;
    private final ChildDirectory children;

    ReviewCycles(StatutoryCalendar calendar, ReviewPolicy policy, ChildDirectory children) {
        this.calendar = calendar;
        this.policy = policy;
        this.children = children;
    }

    ReviewCycle forBirth(LocalDate dateOfBirth) {
        return from -> calendar.reviewDue(from, dateOfBirth, policy.underFiveMonths());
    }

    ReviewCycle forChild(long childId) {
        ChildIdentity child = children.identities(List.of(childId)).get(childId);
        return forBirth(child == null ? null : child.dateOfBirth());
    }
}

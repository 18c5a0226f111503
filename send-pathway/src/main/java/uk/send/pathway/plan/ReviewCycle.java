package uk.send.pathway.plan;

import java.time.LocalDate;

/**
 * When one child's next review falls due after a given day (the plan's first issue, or a review meeting): the
 * calendar's rule with the child's date of birth and the council's cycle for children under 5.
 */
@FunctionalInterface
interface ReviewCycle {
    LocalDate nextAfter(LocalDate from);
}

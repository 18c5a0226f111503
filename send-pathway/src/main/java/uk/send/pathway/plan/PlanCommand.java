package uk.send.pathway.plan;

/**
 * A change a caseworker makes to a plan's working copy. The facade applies it to the aggregate, so no code
 * outside this package holds a plan to change it.
 */
public sealed interface PlanCommand {

    /** What the audit trail says was changed (never the words themselves, which are personal data). */
    String description();

    /** Writes (or, with blank text, clears) one text section. */
    record WriteSection(Section section, String text) implements PlanCommand {
        public WriteSection {
            if (section == null) {
                throw new IllegalArgumentException("A section is required");
            }
        }

        @Override
        public String description() {
            return "section " + section;
        }
    }

    /** Adds an outcome to section E. */
    record AddOutcome(Outcome outcome) implements PlanCommand {
        public AddOutcome {
            if (outcome == null) {
                throw new IllegalArgumentException("An outcome is required");
            }
        }

        @Override
        public String description() {
            return "outcome added";
        }
    }

    /** Removes the outcome at this position (0 is the first) from section E. */
    record RemoveOutcome(int index) implements PlanCommand {
        @Override
        public String description() {
            return "outcome removed";
        }
    }

    /** Adds provision to section F. */
    record AddProvision(Provision provision) implements PlanCommand {
        public AddProvision {
            if (provision == null) {
                throw new IllegalArgumentException("Provision is required");
            }
        }

        @Override
        public String description() {
            return "provision added";
        }
    }

    /** Removes the provision at this position (0 is the first) from section F. */
    record RemoveProvision(int index) implements PlanCommand {
        @Override
        public String description() {
            return "provision removed";
        }
    }

    /** Writes section J, the personal budget. */
    record WritePersonalBudget(PersonalBudget budget) implements PlanCommand {
        public WritePersonalBudget {
            if (budget == null) {
                throw new IllegalArgumentException("A personal budget (or its absence) is required");
            }
        }

        @Override
        public String description() {
            return "section J";
        }
    }

    /** Names the school or setting in section I. */
    record NamePlacement(long settingId) implements PlanCommand {
        @Override
        public String description() {
            return "placement";
        }
    }
}

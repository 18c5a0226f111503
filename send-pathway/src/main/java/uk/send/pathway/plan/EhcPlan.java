package uk.send.pathway.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.send.domain.reference.SettingType;

/**
 * An EHC plan, keyed by the child: one working copy that caseworkers write, and the numbered versions issued
 * from it, each of which never changes. It outlives the assessment that produced it (its origin, if any).
 * Issuing a final or an amended plan raises {@link PlanFinalised}, published when the plan is saved.
 */
@Entity
@Table(name = "ehc_plan")
class EhcPlan extends AbstractAggregateRoot<EhcPlan> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "origin_assessment_id")
    private Long originAssessmentId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "ceased_on")
    private LocalDate ceasedOn;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    protected EhcPlan() {
    }

    /**
     * A new plan with an empty working copy: once the council decides to issue one after an assessment (the
     * origin), or for a plan that came from elsewhere (no origin).
     */
    static EhcPlan start(long childId, Long originAssessmentId, String startedBy) {
        EhcPlan plan = new EhcPlan();
        plan.originAssessmentId = originAssessmentId;
        plan.childId = childId;
        plan.versions.add(PlanVersion.working(plan, startedBy));
        return plan;
    }

    PlanVersion working() {
        return versions.stream().filter(v -> v.getKind() == VersionKind.WORKING).findFirst().orElseThrow();
    }

    /** Applies a caseworker's change to the working copy. */
    void apply(PlanCommand command, SettingLookup settings) {
        requireCurrent();
        PlanVersion w = working();
        if (command instanceof PlanCommand.WriteSection c) {
            w.write(c.section(), c.text());
        } else if (command instanceof PlanCommand.AddOutcome c) {
            w.addOutcome(c.outcome());
        } else if (command instanceof PlanCommand.RemoveOutcome c) {
            w.removeOutcome(c.index());
        } else if (command instanceof PlanCommand.AddProvision c) {
            w.addProvision(c.provision());
        } else if (command instanceof PlanCommand.RemoveProvision c) {
            w.removeProvision(c.index());
        } else if (command instanceof PlanCommand.NamePlacement c) {
            SettingLookup.Named named = settings.named(c.settingId());
            w.place(c.settingId(), named.name(), named.type().name());
        } else {
            throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
        }
    }

    /** How the plan learns a setting's name and type when one is named (from the reference data). */
    interface SettingLookup {
        record Named(String name, SettingType type) {
        }

        Named named(long settingId);
    }

    /**
     * Issues the working copy as the next numbered version. A final or amended plan must name a placement,
     * and raises {@link PlanFinalised}.
     */
    PlanVersion issue(VersionKind kind, LocalDate on, String sectionK, String issuedBy) {
        requireCurrent();
        if (!kind.isIssued()) {
            throw new IllegalArgumentException("Only an issued kind of version is issued");
        }
        PlanVersion working = working();
        if (kind.isInForce() && working.getPlacementSettingId() == null) {
            throw new IllegalStateException("A final plan names the school or setting in section I");
        }
        int next = versions.stream().mapToInt(PlanVersion::getNumber).max().orElse(0) + 1;
        PlanVersion issued = working.issueCopy(next, kind, on, sectionK, issuedBy);
        versions.add(issued);
        if (kind.isInForce()) {
            if (id == null) {
                throw new IllegalStateException("A plan is saved before a version is issued, so that its event names it");
            }
            registerEvent(new PlanFinalised(id, childId, issued.getPlacementSettingId(),
                    SettingType.valueOf(issued.getPlacementType()), on));
        }
        return issued;
    }

    /** The events raised and not yet published (Spring Data publishes them when the plan is saved). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    private void requireCurrent() {
        if (ceasedOn != null) {
            throw new IllegalStateException("A plan that has ceased cannot be changed");
        }
    }

    /** The issued versions, oldest first. */
    List<PlanVersion> issued() {
        return versions.stream().filter(v -> v.getKind().isIssued())
                .sorted(Comparator.comparingInt(PlanVersion::getNumber)).toList();
    }

    Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    PlanVersion requireVersion(int number) {
        return version(number).orElseThrow(() -> new NoSuchElementException("No such version"));
    }

    Long getId() {
        return id;
    }

    Long getOriginAssessmentId() {
        return originAssessmentId;
    }

    long getChildId() {
        return childId;
    }

    LocalDate getCeasedOn() {
        return ceasedOn;
    }
}

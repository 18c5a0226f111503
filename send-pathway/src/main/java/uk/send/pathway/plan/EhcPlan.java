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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An EHC plan: one working copy that caseworkers write, and the numbered versions issued from it. Each
 * issue is a new immutable version; the history is every version ever issued.
 */
@Entity
@Table(name = "ehc_plan")
public class EhcPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private long assessmentId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    protected EhcPlan() {
    }

    /** A new plan with an empty working copy, once the council has decided to issue one. */
    public static EhcPlan start(long assessmentId, long childId, String startedBy) {
        EhcPlan plan = new EhcPlan();
        plan.assessmentId = assessmentId;
        plan.childId = childId;
        plan.versions.add(PlanVersion.working(plan, startedBy));
        return plan;
    }

    public PlanVersion working() {
        return versions.stream().filter(v -> v.getKind() == PlanVersion.Kind.WORKING).findFirst().orElseThrow();
    }

    /** Issues the working copy as the next numbered version (a draft, or the final plan, which must name a placement). */
    public PlanVersion issue(PlanVersion.Kind kind, LocalDate on, String sectionK, String issuedBy) {
        if (kind == PlanVersion.Kind.WORKING) {
            throw new IllegalArgumentException("Only a draft or a final plan is issued");
        }
        if (kind == PlanVersion.Kind.FINAL && working().getPlacementSettingId() == null) {
            throw new IllegalStateException("A final plan names the school or setting in section I");
        }
        int next = versions.stream().mapToInt(PlanVersion::getNumber).max().orElse(0) + 1;
        PlanVersion issued = working().issueCopy(next, kind, on, sectionK, issuedBy);
        versions.add(issued);
        return issued;
    }

    /** The issued versions, oldest first. */
    public List<PlanVersion> issued() {
        return versions.stream().filter(v -> v.getKind() != PlanVersion.Kind.WORKING)
                .sorted(Comparator.comparingInt(PlanVersion::getNumber)).toList();
    }

    public Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    public Long getId() {
        return id;
    }

    public long getAssessmentId() {
        return assessmentId;
    }

    public long getChildId() {
        return childId;
    }

    public List<PlanVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}

package uk.send.pathway.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

/**
 * A school or setting the council consulted about being named in the plan, and the day by which it should
 * respond (15 days, Code of Practice 9.83).
 */
@Entity
@Immutable
@Table(name = "setting_consultation")
class SettingConsultation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private NeedsAssessment assessment;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "consulted_on", nullable = false)
    private LocalDate consultedOn;

    @Column(name = "response_due_on", nullable = false)
    private LocalDate responseDueOn;

    protected SettingConsultation() {
    }

    SettingConsultation(NeedsAssessment assessment, long settingId, LocalDate consultedOn, LocalDate responseDueOn) {
        this.assessment = assessment;
        this.settingId = settingId;
        this.consultedOn = consultedOn;
        this.responseDueOn = responseDueOn;
    }

    long getSettingId() {
        return settingId;
    }

    LocalDate getConsultedOn() {
        return consultedOn;
    }

    LocalDate getResponseDueOn() {
        return responseDueOn;
    }
}

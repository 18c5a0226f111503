package uk.send.pathway.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

import uk.send.pathway.calendar.AssessmentException;
import uk.send.pathway.calendar.Reg10Exception;

/** A reg 10(4) exception recorded against an assessment, with its reason and dates. */
@Entity
@Table(name = "assessment_exception")
class RecordedException {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private NeedsAssessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Reg10Exception reason;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date", nullable = false)
    private LocalDate to;

    @Column(nullable = false, length = 500)
    private String note;

    protected RecordedException() {
    }

    RecordedException(NeedsAssessment assessment, AssessmentException exception) {
        this.assessment = assessment;
        this.reason = exception.reason();
        this.from = exception.from();
        this.to = exception.to();
        this.note = exception.note();
    }

    AssessmentException toException() {
        return new AssessmentException(reason, from, to, note);
    }
}

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

import java.time.Instant;
import java.time.LocalDate;

import org.hibernate.annotations.Immutable;

/** One dated, attributed step of an assessment. Never changed once written. */
@Entity
@Immutable
@Table(name = "assessment_event")
class TimelineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private NeedsAssessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EventType type;

    /** The date the step took effect (may be earlier than when it was recorded). */
    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "actor_id", nullable = false)
    private long actorId;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(length = 2000)
    private String detail;

    /** For a step that starts a clock (advice, comments on the draft, a consultation), the day it runs to. */
    @Column(name = "due_on")
    private LocalDate dueOn;

    protected TimelineEvent() {
    }

    TimelineEvent(NeedsAssessment assessment, EventType type, LocalDate occurredOn, Instant recordedAt, Actor actor,
                  String detail, LocalDate dueOn) {
        this.assessment = assessment;
        this.type = type;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.actorId = actor.userId();
        this.actor = actor.name();
        this.detail = detail;
        this.dueOn = dueOn;
    }

    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getActorId() {
        return actorId;
    }

    public String getActor() {
        return actor;
    }

    public String getDetail() {
        return detail;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }
}

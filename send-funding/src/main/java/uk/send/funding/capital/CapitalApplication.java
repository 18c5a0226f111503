package uk.send.funding.capital;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.DecisionState;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * A school's application for a capital grant in a financial year. It moves only through its own methods: the panel
 * approves (the grant paid on a day in the year), declines with reasons, or defers for more information, which the
 * school gives to send it back.
 */
@Entity
@Table(name = "capital_application")
class CapitalApplication {

    static final int TITLE = 120;
    static final int TEXT = DecisionState.TEXT;
    static final int COHORT = 1000;
    static final int MAX_PUPILS = 10_000;
    /** A grant is at most £1,000,000, as the database holds. */
    static final long MAX_PENCE = 100_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CapitalPurpose purpose;

    @Column(nullable = false, length = TITLE)
    private String title;

    @Column(name = "what_it_buys", nullable = false, length = TEXT)
    private String whatItBuys;

    @Column(name = "who_it_serves", nullable = false, length = COHORT)
    private String whoItServes;

    @Column(name = "pupils_served", nullable = false)
    private int pupilsServed;

    @Column(name = "amount_pence", nullable = false)
    private long amountPence;

    @Embedded
    private DecisionState decision;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Version
    private int version;

    protected CapitalApplication() {
    }

    CapitalApplication(long settingId, long footprintId, NewCapitalApplication command, LocalDate today, String by) {
        if (command.purpose() == null) {
            throw new FundingRefusal(FundingRefusal.Field.PURPOSE, "capital.error.purposeRequired", "No purpose");
        }
        if (command.year() == null) {
            throw new FundingRefusal(FundingRefusal.Field.YEAR, "capital.error.yearRequired", "No year");
        }
        if (command.pupilsServed() < 1 || command.pupilsServed() > MAX_PUPILS) {
            throw new FundingRefusal(FundingRefusal.Field.PUPILS, "capital.error.pupils", "Pupils out of range",
                    MAX_PUPILS);
        }
        if (command.amountPence() <= 0 || command.amountPence() > MAX_PENCE) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, "capital.error.amount", "Amount out of range");
        }
        this.settingId = settingId;
        this.footprintId = footprintId;
        this.financialYear = command.year().startYear();
        this.purpose = command.purpose();
        this.title = required(command.title(), FundingRefusal.Field.TITLE, TITLE);
        this.whatItBuys = required(command.whatItBuys(), FundingRefusal.Field.WHAT_IT_BUYS, TEXT);
        this.whoItServes = required(command.whoItServes(), FundingRefusal.Field.WHO_IT_SERVES, COHORT);
        this.pupilsServed = command.pupilsServed();
        this.amountPence = command.amountPence();
        this.decision = DecisionState.submitted(today, by);
    }

    private static String required(String text, FundingRefusal.Field field, int max) {
        return DecisionState.required(text, field, max);
    }

    /** Approved, paid on a day in its financial year (the caller takes the amount from the budget). */
    void approve(LocalDate paidOn, LocalDate today, String by) {
        DecisionState approved = decision.approved(today, by);
        FinancialYear year = getFinancialYear();
        if (paidOn == null || paidOn.isBefore(year.firstDay()) || paidOn.isAfter(year.lastDay())) {
            throw new FundingRefusal(FundingRefusal.Field.PAID_ON, "capital.error.paidOnOutsideYear",
                    "The payment date is outside the financial year", year.label(), year.firstDay(), year.lastDay());
        }
        decision = approved;
        this.paidOn = paidOn;
    }

    void decline(String reasons, LocalDate today, String by) {
        decision = decision.declined(reasons, today, by);
    }

    void defer(String whatIsNeeded, LocalDate today, String by) {
        decision = decision.deferred(whatIsNeeded, today, by);
    }

    /** The school gives the information the panel asked for: the application goes back to the panel. */
    void giveMoreInformation(String information) {
        decision = decision.withMoreInformation(information);
    }

    Long getId() {
        return id;
    }

    long getSettingId() {
        return settingId;
    }

    long getFootprintId() {
        return footprintId;
    }

    FinancialYear getFinancialYear() {
        return new FinancialYear(financialYear);
    }

    CapitalPurpose getPurpose() {
        return purpose;
    }

    String getTitle() {
        return title;
    }

    String getWhatItBuys() {
        return whatItBuys;
    }

    String getWhoItServes() {
        return whoItServes;
    }

    int getPupilsServed() {
        return pupilsServed;
    }

    long getAmountPence() {
        return amountPence;
    }

    ApplicationStatus getStatus() {
        return decision.status();
    }

    LocalDate getSubmittedOn() {
        return decision.submittedOn();
    }

    String getMoreInformation() {
        return decision.moreInformation();
    }

    LocalDate getDecidedOn() {
        return decision.decidedOn();
    }

    String getDecisionNote() {
        return decision.decisionNote();
    }

    LocalDate getPaidOn() {
        return paidOn;
    }

    int getVersion() {
        return version;
    }
}

package uk.send.web.funding;

import java.util.function.UnaryOperator;

import uk.send.domain.files.Csv;
import uk.send.domain.reference.Money;
import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.position.FootprintPosition;
import uk.send.funding.topup.BudgetPosition;

/**
 * The commissioner's CSV of every footprint's funding in a financial year, headed by the screen's labels: the top-up
 * and capital budgets (budget, committed, spent, remaining, in pounds and pence, empty when not set) and the outreach
 * quota (sessions: quota, committed, delivered, remaining).
 */
final class FootprintFundingCsv {

    private FootprintFundingCsv() {
    }

    static String header(UnaryOperator<String> label) {
        String topUp = label.apply("funding.csv.topUp");
        String capital = label.apply("funding.csv.capital");
        String outreach = label.apply("funding.csv.outreach");
        String budget = label.apply("funding.budget.budget");
        String committed = label.apply("funding.budget.committed");
        String spent = label.apply("funding.budget.spent");
        String remaining = label.apply("funding.budget.remaining");
        return Csv.line(label.apply("funding.footprint"), label.apply("funding.csv.year"),
                topUp + ": " + budget, topUp + ": " + committed, topUp + ": " + spent, topUp + ": " + remaining,
                capital + ": " + budget, capital + ": " + committed, capital + ": " + spent, capital + ": " + remaining,
                outreach + ": " + label.apply("outreach.quota.quota"), outreach + ": " + label.apply("outreach.quota.committed"),
                outreach + ": " + label.apply("outreach.quota.delivered"), outreach + ": " + label.apply("outreach.quota.remaining"));
    }

    static String line(FootprintPosition p) {
        BudgetPosition t = p.topUp();
        BudgetPosition c = p.capital();
        QuotaPosition o = p.outreach();
        return Csv.line(p.footprintName(), t.year().label(),
                t.set() ? pounds(t.budget()) : null, pounds(t.committed()), pounds(t.spent()), pounds(t.remaining()),
                c.set() ? pounds(c.budget()) : null, pounds(c.committed()), pounds(c.spent()), pounds(c.remaining()),
                o.set() ? o.quota() : null, o.committed(), o.delivered(), o.remaining());
    }

    /** Pounds with two decimals and no separators, so a spreadsheet reads it as a number: 250000.00. */
    private static java.math.BigDecimal pounds(Money money) {
        return money.toBigDecimal().setScale(2);
    }
}

package uk.send.pathway.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import uk.send.domain.reference.Money;

/** How an item of provision is stored: hours in hundredths and money in pence, both whole numbers. */
@Embeddable
record SupportProvision(
        @Column(name = "what", nullable = false, length = 2000) String what,
        @Column(name = "how_often", nullable = false, length = 200) String howOften,
        @Column(name = "by_whom", nullable = false, length = 200) String byWhom,
        @Column(name = "weekly_centihours", nullable = false) int weeklyCentihours,
        @Column(name = "cost_pence", nullable = false) long costPence,
        @Enumerated(EnumType.STRING) @Column(name = "provision_type", length = 20) ProvisionType type) {

    static SupportProvision of(ProvisionItem item) {
        return new SupportProvision(item.what(), item.howOften(), item.byWhom(), item.weeklyHours().centihours(),
                item.cost().pence(), item.type());
    }

    ProvisionItem item() {
        return new ProvisionItem(what, howOften, byWhom, new WeeklyHours(weeklyCentihours), Money.ofPence(costPence),
                type);
    }
}

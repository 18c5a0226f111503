package uk.send.domain.children;

import java.util.List;

import uk.send.domain.children.internal.Carer;
import uk.send.domain.children.internal.Child;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.SettingType;

/** A child's record as the people allowed to see it see it. */
public record ChildRecord(ChildSummary summary, String nhsNumber, Long settingId, SettingType settingType,
                          long homeFootprintId, String homePostcode, NeedCode secondaryNeed, List<CarerView> carers,
                          int version) {

    public long id() {
        return summary.id();
    }

    static ChildRecord of(Child c) {
        return new ChildRecord(ChildSummary.of(c), c.getNhsNumber().map(NhsNumber::formatted).orElse(null),
                c.getSetting() == null ? null : c.getSetting().getId(),
                c.getSetting() == null ? null : c.getSetting().getType(),
                c.getHomeFootprint().getId(), c.getHomePostcode().map(Postcode::value).orElse(null), c.getSecondaryNeed(),
                c.getCarers().stream().map(CarerView::of).toList(), c.getVersion());
    }

    @Override
    public String toString() {
        return "ChildRecord[id=" + id() + "]";
    }

    /** A parent or carer on the record. */
    public record CarerView(long id, String fullName, Relationship relationship, boolean parentalResponsibility,
                            String email, String phone, String address, Long accountId, String accountEmail) {
        static CarerView of(Carer c) {
            return new CarerView(c.getId(), c.getFullName(), c.getRelationship(), c.hasParentalResponsibility(),
                    c.getEmail(), c.getPhone(), c.getAddress(),
                    c.getAccount() == null ? null : c.getAccount().getId(),
                    c.getAccount() == null ? null : c.getAccount().getEmail());
        }
    }
}

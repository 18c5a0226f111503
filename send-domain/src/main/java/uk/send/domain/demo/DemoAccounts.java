package uk.send.domain.demo;

import java.util.List;

/**
 * The demo sign-ins, one per role (two caseworkers, so that footprint scoping shows). Public so that
 * later modules' demo loaders and tests can find the demo people without repeating the addresses.
 */
public final class DemoAccounts {

    /** The password of every demo account. */
    public static final String PASSWORD = "send-demo-2026";

    public static final String CASEWORKER = "caseworker@demo.send";
    public static final String CASEWORKER_SOUTH = "caseworker.south@demo.send";
    public static final String SENCO = "senco@demo.send";
    public static final String PARENT = "parent@demo.send";
    public static final String COMMISSIONER = "commissioner@demo.send";
    public static final String PANEL = "panel@demo.send";
    /**
     * An outreach provider at Brookside Special School, in the north. The role comes with the funding module's
     * migration, so the funding module's demo data adds this account (and it is not in {@link #ALL}, the accounts the
     * domain's own demo data makes).
     */
    public static final String OUTREACH = "outreach@demo.send";
    /** A young person of 17 who holds their own account (loaded by the pathway after the demo plans). */
    public static final String YOUNG_PERSON = "youngperson@demo.send";
    /**
     * A registered provider that keeps the Local Offer entries of one demo organisation. The role and the Local Offer
     * come with the commissioning module, whose demo data adds this account (it is not in {@link #ALL}).
     */
    public static final String PROVIDER = "provider@demo.send";
    /** Its presence means the demo data is loaded. */
    public static final String ADMIN = "admin@demo.send";

    public static final List<String> ALL = List.of(CASEWORKER, CASEWORKER_SOUTH, SENCO, PARENT, COMMISSIONER,
            PANEL, ADMIN);

    private DemoAccounts() {
    }
}

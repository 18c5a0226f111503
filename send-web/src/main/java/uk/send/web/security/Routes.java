package uk.send.web.security;

import java.util.List;

import uk.send.domain.access.Role;

/**
 * Every route of the service and the roles that reach it: the one table the security configuration is
 * built from and the route-by-role tests read. Anything not listed here is denied.
 */
public final class Routes {

    /** A URL pattern and who may use it; no roles means public. */
    public record Route(String pattern, List<Role> roles) {
        public boolean isPublic() {
            return roles.isEmpty();
        }
    }

    /**
     * Open to everyone, signed in or not: sign-in, a forgotten password and an emailed link's page, assets, health,
     * the Local Offer (search, services, comments),
     * and the pages the footer links to (accessibility statement, privacy notice, contact).
     */
    public static final List<String> PUBLIC = List.of(
            "/login", "/password/forgotten", "/password/new", "/css/**", "/js/**", "/assets/**", "/webjars/**", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**", "/local-offer/**", "/accessibility", "/privacy", "/contact");

    public static final List<Route> ROLE_ROUTES = List.of(
            // a plan's working copy is written by caseworkers only (listed before /plans/**: the first match decides)
            new Route("/plans/*/sections/**", List.of(Role.CASEWORKER)),
            new Route("/plans/*/outcomes/**", List.of(Role.CASEWORKER)),
            new Route("/plans/*/provision/**", List.of(Role.CASEWORKER)),
            new Route("/plans/*/placement", List.of(Role.CASEWORKER)),
            new Route("/plans/*/budget", List.of(Role.CASEWORKER)),
            // a plan's reviews, amendments and ceasing: caseworkers only (PlanReviews checks the child is in scope)
            new Route("/plans/*/reviews", List.of(Role.CASEWORKER)),
            new Route("/plans/*/reviews/**", List.of(Role.CASEWORKER)),
            // an EHC plan, its versions, comparison and PDF: EhcPlans checks the child is in the viewer's scope
            // and shows parents and SENCOs issued versions only, never the working copy
            new Route("/plans/**", List.of(Role.CASEWORKER, Role.PARENT, Role.SENCO, Role.YOUNG_PERSON)),
            new Route("/caseworker/**", List.of(Role.CASEWORKER)),
            // a SENCO's views for the review of a pupil's plan: PlanReviews checks the pupil is on roll
            new Route("/school/reviews/**", List.of(Role.SENCO)),
            // the SENCO's register, pupils' SEN Support and support plans: SupportPlans scopes to their setting
            new Route("/school/**", List.of(Role.SENCO)),
            // a support plan the school shared with the family: SupportPlans checks it is shared and their child's
            new Route("/parent/support-plans/**", List.of(Role.PARENT, Role.YOUNG_PERSON)),
            // a parent's views for their child's plan review and comments on proposed amendments: PlanReviews scopes it
            new Route("/parent/reviews/**", List.of(Role.PARENT, Role.YOUNG_PERSON)),
            // the family's pages: a parent's children, or a young person's own record (scope = self, see ChildScope)
            new Route("/parent/**", List.of(Role.PARENT, Role.YOUNG_PERSON)),
            // a family's own choice of the emails they are sent (the signed-in account's, no id in the address)
            new Route("/account/notifications", List.of(Role.PARENT, Role.YOUNG_PERSON)),
            new Route("/commissioner/**", List.of(Role.COMMISSIONER)),
            // the standards of ordinarily available provision: kept by administrators and commissioners
            new Route("/oap/standards/**", List.of(Role.ADMIN, Role.COMMISSIONER)),
            // SEN Support and the schools' self-assessments across the area, counts only: OapResults and
            // SupportStatistics scope a caseworker to the schools of their footprints
            new Route("/area/**", List.of(Role.CASEWORKER, Role.COMMISSIONER)),
            new Route("/panel/**", List.of(Role.PANEL)),
            // an outreach provider's requests made to their special school: Outreach scopes to that school
            new Route("/outreach/**", List.of(Role.OUTREACH)),
            new Route("/admin/**", List.of(Role.ADMIN)),
            // a registered provider keeps its own organisations' entries on the editor's own pages (LocalOffer refuses,
            // and audits, any other entry); adding and withdrawing entries stay the council's, as does all below
            new Route("/local-offer-editor/services/new", List.of(Role.LOCAL_OFFER, Role.ADMIN)),
            new Route("/local-offer-editor/services/*/withdraw", List.of(Role.LOCAL_OFFER, Role.ADMIN)),
            new Route("/local-offer-editor/services/*", List.of(Role.LOCAL_OFFER, Role.ADMIN, Role.PROVIDER)),
            new Route("/local-offer-editor/services/*/checked", List.of(Role.LOCAL_OFFER, Role.ADMIN, Role.PROVIDER)),
            new Route("/local-offer-editor/services/*/versions/*", List.of(Role.LOCAL_OFFER, Role.ADMIN, Role.PROVIDER)),
            // the Local Offer's editing and its comments queue (the public Local Offer is under /local-offer/**)
            new Route("/local-offer-editor/**", List.of(Role.LOCAL_OFFER, Role.ADMIN)),
            // a registered provider's list of its own entries
            new Route("/provider/**", List.of(Role.PROVIDER)),
            // an adviser's own advice requests: AdviceRequests refuses any not addressed to them
            new Route("/adviser/**", List.of(Role.ADVISER)),
            // recording a child not yet known: a caseworker (in their footprints) or an administrator
            new Route("/children/new/**", List.of(Role.CASEWORKER, Role.ADMIN)),
            // inviting a young person aged 16 or over to hold their own account: a caseworker (in their footprints) or an administrator
            new Route("/children/*/invite-young-person", List.of(Role.CASEWORKER, Role.ADMIN)),
            // inviting a parent to a child's record by email: a caseworker (in their footprints) or an administrator
            new Route("/children/*/invite-parent", List.of(Role.CASEWORKER, Role.ADMIN)),
            // a child's record: each role's scope decides which children (see ChildDirectory)
            new Route("/children/**", List.of(Role.CASEWORKER, Role.SENCO, Role.PARENT, Role.PANEL, Role.ADMIN, Role.YOUNG_PERSON)),
            // metrics and build information are for staff who run the service
            new Route("/actuator/**", List.of(Role.ADMIN)));

    /** Signed in, any role: the home redirect and signing out. */
    public static final List<String> ANY_SIGNED_IN = List.of("/", "/logout");

    private Routes() {
    }
}

package uk.send.commissioning.offer;

/** An organisation that provides services (Open Referral UK's organization). */
public record OrganizationView(long id, String name, String description, String email, String url) {
}

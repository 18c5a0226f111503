package uk.send.commissioning.offer;

/**
 * What importing one service would do: add it, or change the entry it matches (by its Open Referral id, or by
 * its name and organisation's name), and whether its organisation is new to the Local Offer.
 *
 * @param existingId the entry it would change, or null when it would be added
 */
public record ImportPreview(String name, String organizationName, Long existingId, boolean newOrganization) {

    public boolean adds() {
        return existingId == null;
    }
}

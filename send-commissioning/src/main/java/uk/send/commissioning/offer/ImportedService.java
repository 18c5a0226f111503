package uk.send.commissioning.offer;

/**
 * One service read from another directory's Open Referral file, to add or to change: its organisation by name
 * (added when the Local Offer does not have it yet) and the entry's details (whose organisation id is ignored).
 *
 * @param serviceId one of our services the file names by its Open Referral id, or null
 */
public record ImportedService(Long serviceId, String organizationName, String organizationDescription,
                              ServiceDetails details) {

    public ImportedService {
        if (organizationName == null || organizationName.isBlank() || details == null) {
            throw new IllegalArgumentException("An imported service needs its organisation and its details");
        }
    }
}

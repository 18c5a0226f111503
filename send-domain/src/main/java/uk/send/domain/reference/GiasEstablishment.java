package uk.send.domain.reference;

/**
 * Command: one row of the DfE "Get Information About Schools" establishment extract, as GIAS writes it (its
 * {@code URN}, {@code EstablishmentName}, {@code TypeOfEstablishment (name)}, {@code PhaseOfEducation (name)},
 * {@code Postcode} and {@code EstablishmentStatus (name)} columns). {@link ReferenceData#previewSettings} says
 * what it would change; the GIAS names are mapped onto the service's codes by {@link GiasCodes}.
 */
public record GiasEstablishment(int row, String urn, String name, String type, String phase, String postcode,
                                String status) {

    @Override
    public String toString() {
        return "GiasEstablishment[row=" + row + ", urn=" + urn + "]";
    }
}

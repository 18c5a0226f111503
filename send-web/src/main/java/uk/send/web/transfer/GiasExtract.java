package uk.send.web.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;

import uk.send.domain.reference.GiasEstablishment;

/**
 * The DfE "Get Information About Schools" establishment extract (edubasealldata*.csv, or the extract of one
 * local authority), read with its own column names and filtered to the council's LA code.
 */
final class GiasExtract {

    static final String URN = "URN";
    static final String NAME = "EstablishmentName";
    static final String TYPE = "TypeOfEstablishment (name)";
    static final String PHASE = "PhaseOfEducation (name)";
    static final String LA = "LA (code)";
    static final String POSTCODE = "Postcode";
    static final String STATUS = "EstablishmentStatus (name)";
    static final Set<String> COLUMNS = new java.util.LinkedHashSet<>(java.util.List.of(URN, NAME, TYPE, PHASE, LA, POSTCODE, STATUS));

    private GiasExtract() {
    }

    /** The establishments of the council's LA; refused when no row is the council's. */
    static List<GiasEstablishment> read(byte[] content, ImportSettings settings) throws UnreadableFileException {
        UploadedCsv csv = UploadedCsv.read(content, settings.maxRows(), COLUMNS);
        List<GiasEstablishment> ours = new ArrayList<>();
        for (CSVRecord record : csv.records()) {
            if (settings.laCode().equals(csv.value(record, LA))) {
                ours.add(new GiasEstablishment(UploadedCsv.row(record), csv.value(record, URN), csv.value(record, NAME),
                        csv.value(record, TYPE), csv.value(record, PHASE), csv.value(record, POSTCODE),
                        csv.value(record, STATUS)));
            }
        }
        if (ours.isEmpty()) {
            throw new UnreadableFileException("notOurs", settings.laCode());
        }
        return ours;
    }
}

package uk.send.web.commissioning;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.send.pathway.returns.Sen2Row;

/**
 * The person-level SEN2 return as XML, written row by row as the rows stream from the database (StAX): nothing is
 * held but the child being written. The element names are the DfE's where its specification was found (see
 * docs/data-formats.md, which maps each one to its record and says which codes are modelled rather than the DfE's
 * own); a value the service does not hold is left out rather than guessed.
 *
 * <pre>{@code
 * <Message>
 *   <Header>                                         module 0
 *     <CollectionDetails><Collection>SEN2</Collection><Year>2027</Year><ReferenceDate>2027-01-21</ReferenceDate></CollectionDetails>
 *     <Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>…</SoftwareCode><Release>…</Release><SerialNo>1</SerialNo><DateTime>…</DateTime></Source>
 *   </Header>
 *   <Persons>
 *     <Person>                                       module 1
 *       <Surname/><Forename/><PersonBirthDate/><PostCode/><UPN/>
 *       <Requests>
 *         <Request>                                  module 2
 *           <ReceivedDate/><RequestSource/><RequestOutcomeDate/><RequestOutcome/><RequestMediation/><RequestTribunal/>
 *           <Assessment>                             module 3
 *             <AssessmentOutcome/><AssessmentOutcomeDate/><AssessmentMediation/><AssessmentTribunal/><Week20/>
 *             <NamedPlan>                            module 4a
 *               <StartDate/><PlanDetail><PersonalBudget/><DirectPayments/></PlanDetail> (4b) <CeaseDate/><CeaseReason/>
 *             </NamedPlan>
 *           </Assessment>
 *           <ActivePlans>                            module 5a
 *             <LastReview/>
 *             <Placement><URN/><SENsetting/><PlacementRank>1</PlacementRank><EntryDate/></Placement>   5b
 *             <SENneed><SENtype/><SENtypeRank/></SENneed>                                           5c
 *           </ActivePlans>
 *         </Request>
 *       </Requests>
 *     </Person>
 *   </Persons>
 * </Message>
 * }</pre>
 *
 * A plan recorded without its request (migrated, say) is a {@code Request} with no request items, its
 * {@code Assessment} holding only the {@code NamedPlan}.
 */
final class Sen2PersonXml implements AutoCloseable {

    static final String SOFTWARE_CODE = Sen2Xml.SOFTWARE_CODE;
    static final String RELEASE = "1";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;
    private Long person;
    private long persons;

    private Sen2PersonXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** Opens the message and writes the header (module 0); rows follow with {@link #row}, then {@link #close}. */
    static Sen2PersonXml start(OutputStream out, int year, LocalDate census, String laCode, LocalDateTime now)
            throws XMLStreamException {
        Sen2PersonXml writer = new Sen2PersonXml(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
        XMLStreamWriter xml = writer.xml;
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Message");
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        writer.element("Collection", "SEN2");
        writer.element("Year", String.valueOf(year));
        writer.element("ReferenceDate", census.toString());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        writer.element("SourceLevel", "L");
        writer.element("LEA", laCode);
        writer.element("SoftwareCode", SOFTWARE_CODE);
        writer.element("Release", RELEASE);
        writer.element("SerialNo", "1");
        writer.element("DateTime", DATE_TIME.format(now));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Persons");
        return writer;
    }

    /** How many persons were written. */
    long persons() {
        return persons;
    }

    /** One row; rows come in child order, so a new child closes the one before. */
    void row(Sen2Row row) {
        try {
            if (person == null || person != row.childId()) {
                if (person != null) {
                    endPerson();
                }
                startPerson(row);
            }
            request(row);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("SEN2 XML could not be written", e);
        }
    }

    private void startPerson(Sen2Row row) throws XMLStreamException {
        person = row.childId();
        persons++;
        xml.writeStartElement("Person");
        element("Surname", row.familyName());
        element("Forename", row.givenName());
        element("PersonBirthDate", row.dateOfBirth());
        element("PostCode", row.postcode());
        element("UPN", row.upn());
        xml.writeStartElement("Requests");
    }

    private void endPerson() throws XMLStreamException {
        xml.writeEndElement(); // Requests
        xml.writeEndElement(); // Person
    }

    private void request(Sen2Row row) throws XMLStreamException {
        xml.writeStartElement("Request");
        if (row.assessmentId() != null) {
            element("ReceivedDate", row.requestReceived());
            element("RequestSource", Sen2Codes.requestSource(row.requestedBy()));
            element("RequestOutcomeDate", row.requestOutcomeDate());
            element("RequestOutcome", Sen2Codes.requestOutcome(row.decidedToAssess()));
            element("RequestMediation", Sen2Codes.yesNo(row.requestMediation()));
            element("RequestTribunal", Sen2Codes.yesNo(row.requestTribunal()));
        }
        if (row.assessed() || row.planId() != null) {
            xml.writeStartElement("Assessment");
            if (row.assessed()) {
                element("AssessmentOutcome", Sen2Codes.assessmentOutcome(row.planToBeIssued()));
                element("AssessmentOutcomeDate", row.assessmentOutcomeDate());
                element("AssessmentMediation", Sen2Codes.yesNo(row.assessmentMediation()));
                element("AssessmentTribunal", Sen2Codes.yesNo(row.assessmentTribunal()));
                element("Week20", Sen2Codes.yesNo(row.week20Exception()));
            }
            if (row.planId() != null) {
                xml.writeStartElement("NamedPlan");
                element("StartDate", row.planStartDate());
                xml.writeStartElement("PlanDetail");
                element("PersonalBudget", row.personalBudget() == null ? null : Sen2Codes.yesNo(row.personalBudget()));
                element("DirectPayments", row.directPayments() == null ? null : Sen2Codes.yesNo(row.directPayments()));
                xml.writeEndElement();
                element("CeaseDate", row.ceasedOn());
                element("CeaseReason", Sen2Codes.ceaseReason(row.ceaseReason()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        if (row.activeOnCensus()) {
            xml.writeStartElement("ActivePlans");
            element("LastReview", row.lastReviewMeeting());
            if (row.placementUrn() != null || row.placementSettingType() != null) {
                xml.writeStartElement("Placement");
                element("URN", row.placementUrn());
                element("SENsetting", Sen2Codes.senSetting(row.placementSettingType()));
                element("PlacementRank", "1");
                element("EntryDate", row.placementEntryDate());
                xml.writeEndElement();
            }
            need(row.primaryNeed(), 1);
            need(row.secondaryNeed(), 2);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void need(String code, int rank) throws XMLStreamException {
        if (code == null) {
            return;
        }
        xml.writeStartElement("SENneed");
        element("SENtype", code);
        element("SENtypeRank", String.valueOf(rank));
        xml.writeEndElement();
    }

    /** An element with its text; a value not held (null) is left out. */
    private void element(String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(Sen2Xml.clean(value.toString()));
        xml.writeEndElement();
    }

    /** Closes the last person and the message, and flushes. */
    @Override
    public void close() throws XMLStreamException {
        if (person != null) {
            endPerson();
        }
        xml.writeEndElement(); // Persons
        xml.writeEndElement(); // Message
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }
}

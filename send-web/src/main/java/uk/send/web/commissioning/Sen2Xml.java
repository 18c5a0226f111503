package uk.send.web.commissioning;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Return;

/**
 * The SEN2 return as XML, written as it streams out (StAX): the DfE collection message's header (collection
 * {@code SEN2}, the census year and reference date, the local authority as the source) and then the return's totals
 * module by module, each line as the CSV file has it (the same items, codes and published values, small numbers
 * included as their words). The writer escapes every text and attribute ({@code <}, {@code &}, quotes), and any
 * character XML 1.0 cannot hold is dropped, so the file is always well formed.
 *
 * <pre>{@code
 * <Message>
 *   <Header>
 *     <CollectionDetails><Collection>SEN2</Collection><Year>2027</Year><ReferenceDate>2027-01-21</ReferenceDate></CollectionDetails>
 *     <Source><SourceLevel>L</SourceLevel><LEA>999</LEA><SoftwareCode>SEND-LOCAL-AREA</SoftwareCode><DateTime>…</DateTime></Source>
 *   </Header>
 *   <Totals periodStart="2026-01-01" periodEnd="2026-12-31">
 *     <Module id="2"><Item name="requests" label="Requests for an EHC needs assessment">120</Item>…</Module>
 *     <Module id="5c"><Item name="activeByNeed" code="ASD" label="…">fewer than 5</Item>…</Module>
 *   </Totals>
 * </Message>
 * }</pre>
 */
final class Sen2Xml {

    static final String SOFTWARE_CODE = "SEND-LOCAL-AREA";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Sen2Xml() {
    }

    /**
     * Writes the return to {@code out} in UTF-8. {@code label} gives the words of an item and code as the page shows
     * them; the lines are those of the CSV file.
     */
    static void write(OutputStream out, Sen2Return sen2, List<Sen2Line> lines, String laCode, LocalDateTime now,
                      Function<Sen2Line, String> label) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("Message");
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        element(xml, "Collection", "SEN2");
        element(xml, "Year", String.valueOf(sen2.year()));
        element(xml, "ReferenceDate", sen2.censusDate().toString());
        xml.writeEndElement();
        xml.writeStartElement("Source");
        element(xml, "SourceLevel", "L");
        element(xml, "LEA", laCode);
        element(xml, "SoftwareCode", SOFTWARE_CODE);
        element(xml, "DateTime", DATE_TIME.format(now));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("Totals");
        xml.writeAttribute("periodStart", sen2.periodFrom().toString());
        xml.writeAttribute("periodEnd", sen2.periodTo().toString());
        String module = null;
        for (Sen2Line line : lines) {
            if (!Objects.equals(module, line.module())) {
                if (module != null) {
                    xml.writeEndElement();
                }
                module = line.module();
                xml.writeStartElement("Module");
                xml.writeAttribute("id", clean(module));
            }
            xml.writeStartElement("Item");
            xml.writeAttribute("name", clean(line.item()));
            if (line.code() != null) {
                xml.writeAttribute("code", clean(line.code()));
            }
            xml.writeAttribute("label", clean(label.apply(line)));
            xml.writeCharacters(clean(line.value()));
            xml.writeEndElement();
        }
        if (module != null) {
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    /** The text without the characters XML 1.0 cannot hold (controls other than tab and line breaks, lone surrogates). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }
}

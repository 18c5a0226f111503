package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Return;
import uk.send.commissioning.returns.Sen2Returns;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.statistics.ActivePlans;
import uk.send.pathway.statistics.AssessmentFigures;
import uk.send.web.security.SignedIn;

/**
 * The SEN2 return as XML: parsed back, it holds the header and the CSV file's lines; a fixture return written by
 * hand comes back value for value, with markup characters in its words escaped; the download is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Sen2XmlTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sen2Returns returns;
    @Autowired
    FigureText text;

    AccountView commissioner;

    @BeforeAll
    void commissioner() {
        commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String first(Document doc, String tag) {
        return doc.getElementsByTagName(tag).item(0).getTextContent();
    }

    /**
     * 2026's census (third Thursday of January: 15 January 2026), flows over 2025: 120 requests, 10 refused, 90
     * decisions, 3 not issued, 60 new plans (55 within 20 weeks, 4 with an exception, 52 within excluding them);
     * 700 plans active.
     */
    static Sen2Return fixture() {
        return new Sen2Return(2026, LocalDate.of(2026, 1, 15), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 1, 20), null, new AssessmentFigures(120, 90, 80, 10, 3, 60, 55, 4, 52),
                new ActivePlans(LocalDate.of(2026, 1, 15), 700, List.of(), java.util.Map.of()));
    }

    @Test
    void a_fixture_return_written_and_parsed_back_keeps_every_value_and_escapes_markup_in_its_words() throws Exception {
        Sen2Return sen2 = fixture();
        List<Sen2Line> lines = List.of(new Sen2Line("0", "censusDate", null, "2026-01-15"),
                new Sen2Line("2", "requests", null, "120"), new Sen2Line("2", "refused", null, "10"),
                new Sen2Line("4a", "newPlans", null, "60"), new Sen2Line("5c", "activeByNeed", "ASD", "fewer than 5"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sen2Xml.write(out, sen2, lines, "999", LocalDateTime.of(2026, 1, 20, 9, 30),
                line -> "Words <b>&amp; \"quoted\" 'too' & more\u0001" + line.item());
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("&lt;b")
                .doesNotContain("<b>").doesNotContain("\u0001");

        Document doc = parse(out.toByteArray());
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("Message");
        assertThat(first(doc, "Collection")).isEqualTo("SEN2");
        assertThat(first(doc, "Year")).isEqualTo("2026");
        assertThat(first(doc, "ReferenceDate")).isEqualTo("2026-01-15");
        assertThat(first(doc, "LEA")).isEqualTo("999");
        assertThat(first(doc, "DateTime")).isEqualTo("2026-01-20T09:30:00");
        Element totals = (Element) doc.getElementsByTagName("Totals").item(0);
        assertThat(totals.getAttribute("periodStart")).isEqualTo("2025-01-01");
        assertThat(totals.getAttribute("periodEnd")).isEqualTo("2025-12-31");
        NodeList modules = doc.getElementsByTagName("Module");
        assertThat(modules.getLength()).isEqualTo(4);
        assertThat(((Element) modules.item(1)).getAttribute("id")).isEqualTo("2");
        NodeList items = doc.getElementsByTagName("Item");
        assertThat(items.getLength()).isEqualTo(5);
        Element requests = (Element) items.item(1);
        assertThat(requests.getAttribute("name")).isEqualTo("requests");
        assertThat(requests.getTextContent()).isEqualTo("120");
        assertThat(requests.getAttribute("label")).isEqualTo("Words <b>&amp; \"quoted\" 'too' & morerequests");
        Element need = (Element) items.item(4);
        assertThat(need.getAttribute("code")).isEqualTo("ASD");
        assertThat(need.getTextContent()).isEqualTo("fewer than 5");
        assertThat(((Element) need.getParentNode()).getAttribute("id")).isEqualTo("5c");
    }

    @Test
    void the_published_fixture_lines_come_back_from_the_xml_as_the_csv_writes_them() throws Exception {
        Sen2Return sen2 = fixture();
        List<Sen2Line> lines = Sen2Figures.publish(sen2, text, Locale.UK);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Sen2Xml.write(out, sen2, lines, "999", LocalDateTime.of(2026, 1, 20, 9, 30), Sen2Line::item);
        NodeList items = parse(out.toByteArray()).getElementsByTagName("Item");
        assertThat(items.getLength()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Element item = (Element) items.item(i);
            assertThat(item.getAttribute("name")).isEqualTo(lines.get(i).item());
            assertThat(item.getTextContent()).isEqualTo(lines.get(i).value());
        }
        // 120 requests, 10 refused, 80 decisions to assess (90 − 10), 60 new plans, 4 with an exception (fewer than 5)
        assertThat(values(items, "requests")).isEqualTo("120");
        assertThat(values(items, "refused")).isEqualTo("10");
        assertThat(values(items, "agreedToAssess")).isEqualTo("80");
        assertThat(values(items, "newPlans")).isEqualTo("60");
        assertThat(values(items, "week20Exception")).isEqualTo("fewer than 5");
        assertThat(values(items, "activePlans")).isEqualTo("700");
    }

    private static String values(NodeList items, String name) {
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            if (item.getAttribute("name").equals(name)) {
                return item.getTextContent();
            }
        }
        throw new AssertionError("no item " + name);
    }

    @Test
    void the_download_is_well_formed_has_the_csv_lines_and_is_audited() throws Exception {
        int year = returns.currentYear();
        long before = exports();
        var response = mvc.perform(get("/commissioner/sen2.xml").param("year", String.valueOf(year))
                        .with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/xml");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"sen2-" + year + ".xml\"");
        Document doc = parse(response.getContentAsByteArray());
        assertThat(first(doc, "Year")).isEqualTo(String.valueOf(year));
        assertThat(first(doc, "ReferenceDate")).isEqualTo(Sen2Returns.censusDate(year).toString());
        String csv = mvc.perform(get("/commissioner/sen2.csv").param("year", String.valueOf(year))
                        .with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        NodeList items = doc.getElementsByTagName("Item");
        assertThat(items.getLength()).isEqualTo(csv.split("\r\n").length - 1);
        assertThat(((Element) items.item(3)).getAttribute("label")).isEqualTo("Requests for an EHC needs assessment");
        assertThat(exports()).as("the XML and the CSV, each recorded as a download").isEqualTo(before + 2);
        mvc.perform(get("/commissioner/sen2.xml").param("year", "1999").with(SignedIn.as(commissioner)))
                .andExpect(status().isNotFound());
        String page = mvc.perform(get("/commissioner/sen2").with(SignedIn.as(commissioner)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/commissioner/sen2.xml?year=" + year + "\"");
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and actor_id = :id")
                .param("id", commissioner.id()).query(Long.class).single();
    }
}

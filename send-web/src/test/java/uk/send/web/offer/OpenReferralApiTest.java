package uk.send.web.offer;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.testing.Fixtures;

/**
 * The Open Referral UK API: open without a key to any origin, read-only, with the fields the standard requires
 * (a service's id, name and status; its organisation's id, name and description; a location's id and type).
 * Not yet checked against the standard's published JSON schemas (see the report of issue 21).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenReferralApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LocalOffer offer;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private final String word = "oruk" + Fixtures.next() + "z";
    private long published;
    private long withdrawn;

    @BeforeAll
    void twoServices() {
        Viewer editor = accounts.viewer(fixtures.account(Role.LOCAL_OFFER, null, Set.of()).id()).orElseThrow();
        long organization = jdbc.sql("insert into offer_organization (name, description) values (:n, 'Runs clubs') returning id")
                .param("n", "Org " + word).query(Long.class).single();
        published = offer.add(editor, new ServiceDetails(organization, "Club " + word, "A club", "Children", "Book",
                Category.SHORT_BREAKS, Access.OPEN, Cost.FREE, null, 5, 11, null, Set.of(NeedCode.ASD), "Hub", "1 Road",
                "DM1 1AB", "Saturdays", "01632 960000", "club@example.org", null, "Step-free"));
        withdrawn = offer.add(editor, new ServiceDetails(organization, "Gone " + word, "A club", "Children", "Book",
                Category.SHORT_BREAKS, Access.OPEN, Cost.FREE, null, 5, 11, null, Set.of(), null, null, null, null, null,
                null, null, null));
        offer.withdraw(editor, withdrawn, 0);
    }

    @Test
    void the_root_says_which_version_and_profile_it_conforms_to() throws Exception {
        mvc.perform(get("/local-offer/api")).andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.version").value("3.0"))
                .andExpect(jsonPath("$.profile").value(OpenReferralController.PROFILE));
    }

    @Test
    void services_are_paged_and_filtered_and_list_only_published_ones() throws Exception {
        mvc.perform(get("/local-offer/api/services").param("text", word).param("per_page", "10"))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.page_number").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(OpenReferralController.uuid("service", published)))
                .andExpect(jsonPath("$.contents[*].status", everyItem(org.hamcrest.Matchers.is("active"))));
        mvc.perform(get("/local-offer/api/services").param("text", word).param("category", "HEALTH"))
                .andExpect(jsonPath("$.total_items").value(0)).andExpect(jsonPath("$.empty").value(true));
    }

    @Test
    void a_service_carries_its_organisation_location_contacts_schedule_and_taxonomy() throws Exception {
        mvc.perform(get("/local-offer/api/services/" + OpenReferralController.uuid("service", published)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(OpenReferralController.uuid("service", published)))
                .andExpect(jsonPath("$.name").value("Club " + word))
                .andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.organization.id", notNullValue()))
                .andExpect(jsonPath("$.organization.name").value("Org " + word))
                .andExpect(jsonPath("$.organization.description").value("Runs clubs"))
                .andExpect(jsonPath("$.service_at_locations[0].location.id", notNullValue()))
                .andExpect(jsonPath("$.service_at_locations[0].location.location_type").value("physical"))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].postal_code").value("DM1 1AB"))
                .andExpect(jsonPath("$.phones[0].number").value("01632 960000"))
                .andExpect(jsonPath("$.schedules[0].description").value("Saturdays"))
                .andExpect(jsonPath("$.attributes[*].taxonomy_term.code", hasItem("SHORT_BREAKS")))
                .andExpect(jsonPath("$.attributes[*].taxonomy_term.code", hasItem("ASD")));
    }

    @Test
    void a_withdrawn_or_unknown_service_is_not_found() throws Exception {
        mvc.perform(get("/local-offer/api/services/" + OpenReferralController.uuid("service", withdrawn)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/api/services/not-a-uuid")).andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/api/services/" + OpenReferralController.uuid("organization", published)))
                .andExpect(status().isNotFound());
    }
}

package uk.send.web.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

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
 * The Open Referral UK 3.0 API: every response checked against the standard's JSON schemas (kept under
 * src/test/resources/oruk), open without a key to any origin, read-only, paged in the standard's envelope with
 * its filters, and nothing withdrawn in it.
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
    private long bare;
    private long withdrawn;

    @BeforeAll
    void threeServices() {
        Viewer editor = accounts.viewer(fixtures.account(Role.LOCAL_OFFER, null, Set.of()).id()).orElseThrow();
        long organization = jdbc.sql("insert into offer_organization (name, description) values (:n, 'Runs clubs') returning id")
                .param("n", "Org " + word).query(Long.class).single();
        published = offer.add(editor, new ServiceDetails(organization, "Club " + word, "A club", "Children", "Book",
                Category.SHORT_BREAKS, Access.OPEN, Cost.FREE, null, 5, 11, null, Set.of(NeedCode.ASD), "Hub", "1 Road",
                "DM1 1AB", "Saturdays", "01632 960000", "club@example.org", null, "Step-free"));
        bare = offer.add(editor, new ServiceDetails(organization, "Helpline " + word, "Advice", "Parents", "Ring",
                Category.ADVICE_AND_SUPPORT, Access.REFERRAL, Cost.CHARGED, "Five pounds", 0, 25, null, Set.of(), null,
                null, null, null, null, null, "https://example.org/helpline", null));
        withdrawn = offer.add(editor, new ServiceDetails(organization, "Gone " + word, "A club", "Children", "Book",
                Category.SHORT_BREAKS, Access.OPEN, Cost.FREE, null, 5, 11, null, Set.of(), "Hall", null, null, null, null,
                null, null, null));
        offer.withdraw(editor, withdrawn, 0);
    }

    private String body(ResultActions result) throws Exception {
        return result.andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_root_says_which_version_and_profile_it_conforms_to() throws Exception {
        for (String root : new String[] {"/local-offer/api", "/local-offer/api/"}) {
            String json = body(mvc.perform(get(root))
                    .andExpect(jsonPath("$.version").value("3.0"))
                    .andExpect(jsonPath("$.profile").value(OpenReferralController.PROFILE))
                    .andExpect(jsonPath("$.openapi_url").value(OpenReferralController.OPENAPI)));
            OpenReferralSchemas.assertConforms("api_root.json", json);
        }
    }

    @Test
    void services_are_paged_in_the_envelope_and_list_only_published_ones() throws Exception {
        String json = body(mvc.perform(get("/local-offer/api/services").param("search", word).param("per_page", "1"))
                .andExpect(jsonPath("$.total_items").value(2))
                .andExpect(jsonPath("$.total_pages").value(2))
                .andExpect(jsonPath("$.page_number").value(1))
                .andExpect(jsonPath("$.first_page").value(true))
                .andExpect(jsonPath("$.last_page").value(false))
                .andExpect(jsonPath("$.contents[*].status", everyItem(org.hamcrest.Matchers.is("active")))));
        assertThat(OpenReferralSchemas.assertPage("service_list.json", json)).isEqualTo(1);
        String second = body(mvc.perform(get("/local-offer/api/services").param("search", word).param("per_page", "1")
                .param("page", "2")).andExpect(jsonPath("$.last_page").value(true)));
        assertThat(OpenReferralSchemas.assertPage("service_list.json", second)).isEqualTo(1);
        String all = body(mvc.perform(get("/local-offer/api/services").param("search", word))
                .andExpect(jsonPath("$.contents[*].id", hasItem(OpenReferralController.uuid("service", published))))
                .andExpect(jsonPath("$.contents[*].id", hasItem(OpenReferralController.uuid("service", bare))))
                .andExpect(jsonPath("$.contents[*].id", not(hasItem(OpenReferralController.uuid("service", withdrawn)))))
                .andExpect(jsonPath("$.contents[*].organization.name", everyItem(org.hamcrest.Matchers.is("Org " + word)))));
        assertThat(OpenReferralSchemas.assertPage("service_list.json", all)).isEqualTo(2);
        // the older name of the keyword parameter still works
        mvc.perform(get("/local-offer/api/services").param("text", word)).andExpect(jsonPath("$.total_items").value(2));
    }

    @Test
    void the_standards_filters_taxonomy_term_taxonomy_and_ages() throws Exception {
        String shortBreaks = new OpenReferralTaxonomy.Term(OpenReferralTaxonomy.CATEGORY, "SHORT_BREAKS").id();
        String json = body(mvc.perform(get("/local-offer/api/services").param("search", word)
                        .param("taxonomy_term_id", shortBreaks))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(OpenReferralController.uuid("service", published))));
        OpenReferralSchemas.assertPage("service_list.json", json);
        mvc.perform(get("/local-offer/api/services").param("search", word)
                        .param("taxonomy_id", OpenReferralTaxonomy.NEED.id()))
                .andExpect(jsonPath("$.total_items").value(1));
        mvc.perform(get("/local-offer/api/services").param("search", word).param("minimum_age", "12"))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].id").value(OpenReferralController.uuid("service", bare)));
        mvc.perform(get("/local-offer/api/services").param("search", word).param("minimum_age", "6")
                        .param("maximum_age", "8"))
                .andExpect(jsonPath("$.total_items").value(2));
        // a term we do not have, or one that contradicts another filter, matches nothing; nonsense is ignored
        String none = body(mvc.perform(get("/local-offer/api/services").param("search", word)
                        .param("taxonomy_term_id", "not-a-term"))
                .andExpect(jsonPath("$.total_items").value(0)).andExpect(jsonPath("$.empty").value(true)));
        OpenReferralSchemas.assertPage("service_list.json", none);
        mvc.perform(get("/local-offer/api/services").param("search", word).param("category", "HEALTH")
                        .param("taxonomy_term_id", shortBreaks))
                .andExpect(jsonPath("$.total_items").value(0));
        mvc.perform(get("/local-offer/api/services").param("search", word).param("minimum_age", "old")
                        .param("page", "-4").param("per_page", "99999999999"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total_items").value(2));
    }

    @Test
    void a_service_is_fully_nested_and_conforms() throws Exception {
        String id = OpenReferralController.uuid("service", published);
        String json = body(mvc.perform(get("/local-offer/api/services/" + id))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name").value("Club " + word))
                .andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.url").value(org.hamcrest.Matchers.endsWith("/local-offer/services/" + published)))
                .andExpect(jsonPath("$.eligibility_description").value("Children"))
                .andExpect(jsonPath("$.organization.name").value("Org " + word))
                .andExpect(jsonPath("$.organization.description").value("Runs clubs"))
                .andExpect(jsonPath("$.service_areas[0].name").value("The whole local area"))
                .andExpect(jsonPath("$.service_at_locations[0].location.id", notNullValue()))
                .andExpect(jsonPath("$.service_at_locations[0].location.addresses[0].postal_code").value("DM1 1AB"))
                .andExpect(jsonPath("$.service_at_locations[0].location.accessibility[0].description").value("Step-free"))
                .andExpect(jsonPath("$.contacts[0].email").value("club@example.org"))
                .andExpect(jsonPath("$.phones[0].number").value("01632 960000"))
                .andExpect(jsonPath("$.schedules[0].description").value("Saturdays"))
                .andExpect(jsonPath("$.attributes[*].taxonomy_term.code", hasItem("SHORT_BREAKS")))
                .andExpect(jsonPath("$.attributes[*].taxonomy_term.code", hasItem("ASD")))
                .andExpect(jsonPath("$.attributes[*].link_type", hasItem("eligibility"))));
        OpenReferralSchemas.assertConforms("service.json", json);
        String other = body(mvc.perform(get("/local-offer/api/services/" + OpenReferralController.uuid("service", bare)))
                .andExpect(jsonPath("$.url").value("https://example.org/helpline"))
                .andExpect(jsonPath("$.fees_description").value("Five pounds"))
                .andExpect(jsonPath("$.service_at_locations").isEmpty()));
        OpenReferralSchemas.assertConforms("service.json", other);
    }

    @Test
    void services_at_locations_list_and_nest() throws Exception {
        String json = body(mvc.perform(get("/local-offer/api/service_at_locations").param("search", word))
                .andExpect(jsonPath("$.total_items").value(1))
                .andExpect(jsonPath("$.contents[0].service.id").value(OpenReferralController.uuid("service", published)))
                .andExpect(jsonPath("$.contents[0].location.name").value("Hub")));
        OpenReferralSchemas.assertPage("service_at_location_list.json", json);
        String one = body(mvc.perform(get("/local-offer/api/service_at_locations/"
                + OpenReferralController.uuid("service_at_location", published))));
        OpenReferralSchemas.assertConforms("service.json", one);
        mvc.perform(get("/local-offer/api/service_at_locations/" + OpenReferralController.uuid("service_at_location", bare)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/api/service_at_locations/"
                + OpenReferralController.uuid("service_at_location", withdrawn))).andExpect(status().isNotFound());
    }

    @Test
    void taxonomies_and_their_terms_conform() throws Exception {
        String list = body(mvc.perform(get("/local-offer/api/taxonomies")).andExpect(jsonPath("$.total_items").value(4)));
        assertThat(OpenReferralSchemas.assertPage("taxonomy.json", list)).isEqualTo(4);
        String need = body(mvc.perform(get("/local-offer/api/taxonomies/" + OpenReferralTaxonomy.NEED.id()))
                .andExpect(jsonPath("$.taxonomy_terms[*].code", hasItem("ASD"))));
        OpenReferralSchemas.assertConforms("taxonomy.json", need);
        String terms = body(mvc.perform(get("/local-offer/api/taxonomy_terms").param("per_page", "5"))
                .andExpect(jsonPath("$.total_items").value(OpenReferralTaxonomy.allTerms().size())));
        assertThat(OpenReferralSchemas.assertPage("taxonomy_term.json", terms)).isEqualTo(5);
        String shortBreaks = new OpenReferralTaxonomy.Term(OpenReferralTaxonomy.CATEGORY, "SHORT_BREAKS").id();
        String term = body(mvc.perform(get("/local-offer/api/taxonomy_terms/" + shortBreaks))
                .andExpect(jsonPath("$.term").value("Short breaks")));
        OpenReferralSchemas.assertConforms("taxonomy_term.json", term);
        mvc.perform(get("/local-offer/api/taxonomies/nope")).andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/api/taxonomy_terms/nope")).andExpect(status().isNotFound());
    }

    @Test
    void a_withdrawn_or_unknown_service_is_not_found() throws Exception {
        mvc.perform(get("/local-offer/api/services/" + OpenReferralController.uuid("service", withdrawn)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/api/services/not-a-uuid")).andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/api/services/" + OpenReferralController.uuid("organization", published)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_api_is_read_only() throws Exception {
        mvc.perform(post("/local-offer/api/services").contentType("application/json").content("{}"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 405));
    }

    @Test
    void the_schemas_refuse_what_the_standard_refuses() {
        // the checks are live: a service without the url the UK profile requires, or with an id that is no UUID
        assertThat(OpenReferralSchemas.errors("service.json",
                "{\"id\":\"6f1c1a56-0000-4000-8000-000000000001\",\"name\":\"x\",\"status\":\"active\"}")).isNotEmpty();
        assertThat(OpenReferralSchemas.errors("service.json",
                "{\"id\":\"7\",\"name\":\"x\",\"status\":\"active\",\"url\":\"https://example.org\"}")).isNotEmpty();
        assertThat(OpenReferralSchemas.errors("service.json",
                "{\"id\":\"6f1c1a56-0000-4000-8000-000000000001\",\"name\":\"x\",\"status\":\"open\",\"url\":\"https://example.org\"}"))
                .isNotEmpty();
    }
}

package uk.send.web.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Open Referral UK 3.0 schemas kept under {@code src/test/resources/oruk} (see its README), checked with
 * networknt's validator, JSON Schema 2020-12 (the standard's openapi dialect) with format assertions on.
 */
final class OpenReferralSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenReferralSchemas() {
    }

    static Schema schema(String file) {
        return REGISTRY.getSchema(SchemaLocation.of("classpath:oruk/" + file));
    }

    /** The errors of a document against one of the schemas (empty when it conforms). */
    static List<String> errors(String file, String json) {
        return schema(file).validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    static void assertConforms(String file, String json) {
        assertThat(errors(file, json)).as("%s against oruk/%s", json, file).isEmpty();
    }

    /**
     * A page of the standard's envelope: the envelope ({@code Page}) with all its fields present, and each item
     * of {@code contents} against the item's schema. Answers how many items there were.
     */
    static int assertPage(String itemFile, String json) {
        assertConforms("page.json", json);
        JsonNode page = JSON.readTree(json);
        for (String field : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
                "empty", "contents")) {
            assertThat(page.has(field)).as("envelope has %s", field).isTrue();
        }
        assertThat(page.get("contents").isArray()).isTrue();
        for (JsonNode item : page.get("contents")) {
            assertConforms(itemFile, JSON.writeValueAsString(item));
        }
        assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size());
        return page.get("contents").size();
    }
}

package io.mediamon.common.topic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.serde.Json;
import io.mediamon.common.serde.JsonSerde;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Keeps each topic's published JSON Schema in step with its event record: every record component is a
 * schema property of a matching JSON type, every property is a component, and required names exist.
 */
class TopicSchemasTest {

    @Test
    void shouldHaveASchemaForEveryTopicThatMatchesItsRecord() throws IOException {
        for (Topic<String, ?> topic : TopicCatalogue.defaults().all()) {
            JsonNode schema;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(topic.schemaResource())) {
                assertThat(in).as("schema for %s", topic.logicalName()).isNotNull();
                schema = Json.mapper().readTree(in);
            }
            Class<?> type = ((JsonSerde<?>) topic.valueSerde()).targetType();
            List<String> problems = new ArrayList<>();
            check(type, schema, schema, topic.logicalName(), problems);
            assertThat(problems).as("schema drift in %s", topic.schemaResource()).isEmpty();
        }
    }

    @Test
    void shouldFindDriftWhenARecordGainsAField() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schemas/watchlist.schema.json")) {
            schema = Json.mapper().readTree(in);
        }
        List<String> problems = new ArrayList<>();
        check(Extended.class, schema, schema, "watchlist", problems);

        assertThat(problems).containsExactly("watchlist: component 'priority' missing from the schema");
    }

    record Extended(String entityId, String name, List<String> aliases, io.mediamon.common.event.EntityType type,
                    String affiliation, String query, double sensitivity, boolean enabled, Boolean alertOnDrop,
                    int priority) {
    }

    private static void check(Class<?> type, JsonNode node, JsonNode root, String path, List<String> problems) {
        JsonNode resolved = resolve(node, root);
        JsonNode properties = resolved.path("properties");
        Set<String> components = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            components.add(component.getName());
            JsonNode property = properties.get(component.getName());
            String where = path + "." + component.getName();
            if (property == null) {
                problems.add(path + ": component '" + component.getName() + "' missing from the schema");
                continue;
            }
            checkType(component.getType(), component.getGenericType(), resolve(property, root), root, where,
                    problems);
        }
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!components.contains(name)) {
                problems.add(path + ": schema property '" + name + "' is not in " + type.getSimpleName());
            }
        }
        for (JsonNode required : resolved.path("required")) {
            if (!components.contains(required.asText())) {
                problems.add(path + ": required '" + required.asText() + "' is not a component");
            }
        }
    }

    private static void checkType(Class<?> raw, Type generic, JsonNode property, JsonNode root, String where,
                                  List<String> problems) {
        String expected = jsonType(raw);
        if (!allows(property, expected)) {
            problems.add(where + ": schema type " + property.path("type") + " does not allow " + expected);
            return;
        }
        if (raw.isEnum()) {
            checkEnum(raw, property, where, problems);
        } else if (raw.isRecord()) {
            check(raw, property, root, where, problems);
        } else if (List.class.isAssignableFrom(raw) && generic instanceof ParameterizedType parameterized) {
            Type item = parameterized.getActualTypeArguments()[0];
            if (item instanceof Class<?> itemClass) {
                checkType(itemClass, itemClass, resolve(property.path("items"), root), root, where + "[]", problems);
            }
        }
    }

    /** An enum is a string whose schema lists exactly the JSON forms of its constants. */
    private static void checkEnum(Class<?> raw, JsonNode property, String where, List<String> problems) {
        List<String> declared = new ArrayList<>();
        property.path("enum").forEach(v -> declared.add(v.asText()));
        List<String> constants = new ArrayList<>();
        for (Object constant : raw.getEnumConstants()) {
            constants.add(Json.mapper().convertValue(constant, String.class));
        }
        if (!declared.equals(constants)) {
            problems.add(where + ": schema enum " + declared + " differs from " + raw.getSimpleName() + " " + constants);
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw.isEnum()) {
            return "string";
        }
        if (raw == String.class || raw == Instant.class) {
            return "string";
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw == double.class || raw == Double.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (List.class.isAssignableFrom(raw)) {
            return "array";
        }
        if (Map.class.isAssignableFrom(raw) || raw.isRecord()) {
            return "object";
        }
        return "unknown:" + raw.getName();
    }

    private static boolean allows(JsonNode property, String type) {
        JsonNode declared = property.path("type");
        if (declared.isTextual()) {
            return declared.asText().equals(type) || declared.asText().equals("number") && type.equals("integer");
        }
        for (JsonNode option : declared) {
            if (option.asText().equals(type)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode ref = node.path("$ref");
        if (ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
            return root.path("$defs").path(ref.asText().substring("#/$defs/".length()));
        }
        return node;
    }
}

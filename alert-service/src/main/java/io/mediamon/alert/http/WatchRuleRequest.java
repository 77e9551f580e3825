package io.mediamon.alert.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.mediamon.common.event.EntityType;
import io.mediamon.common.event.WatchRule;
import io.mediamon.common.watch.WatchRuleCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns the body of {@code PUT /watchlist/{id}} into a {@link WatchRule}, or into the reason it cannot be one.
 * Body: {@code {"name", "aliases": [...], "type": "person|organisation|country|place|other", "affiliation"?,
 * "query"?, "sensitivity"?, "enabled"?, "alertOnDrop"?}}; only {@code name} is required.
 */
final class WatchRuleRequest {
    /** The rule, or the reason for a 400. Exactly one is set. */
    record Parsed(WatchRule rule, String problem) {
    }

    private final Function<String, Optional<String>> queryProblem;

    /** {@code queryProblem} returns why a topic query does not parse, or empty when it does. */
    WatchRuleRequest(Function<String, Optional<String>> queryProblem) {
        this.queryProblem = queryProblem;
    }

    Parsed parse(String entityId, JsonNode node) {
        if (node == null || !node.isObject()) {
            return problem("expected a JSON object like {\"name\":\"Oracle\",\"aliases\":[\"Oracle Corp.\"]}");
        }
        JsonNode nameNode = node.path("name");
        if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
            return problem("name is required and must be a non-empty string");
        }
        List<String> aliases = new ArrayList<>();
        JsonNode aliasesNode = node.path("aliases");
        if (!aliasesNode.isMissingNode() && !aliasesNode.isNull()) {
            if (!aliasesNode.isArray()) {
                return problem("aliases must be an array of strings");
            }
            for (JsonNode a : aliasesNode) {
                if (!a.isTextual()) {
                    return problem("aliases must be an array of strings");
                }
                aliases.add(a.asText().strip());
            }
        }
        EntityType type = EntityType.OTHER;
        JsonNode typeNode = node.path("type");
        if (!typeNode.isMissingNode() && !typeNode.isNull()) {
            try {
                type = EntityType.fromJson(typeNode.asText());
            } catch (IllegalArgumentException e) {
                return problem(e.getMessage());
            }
        }
        Optional<String> affiliation = optionalText(node, "affiliation");
        Optional<String> query = optionalText(node, "query");
        if (affiliation == null || query == null) {
            return problem("affiliation and query must be strings when given");
        }
        JsonNode sensitivityNode = node.path("sensitivity");
        if (!sensitivityNode.isMissingNode() && !sensitivityNode.isNumber()) {
            return problem("sensitivity must be a number");
        }
        JsonNode enabledNode = node.path("enabled");
        if (!enabledNode.isMissingNode() && !enabledNode.isBoolean()) {
            return problem("enabled must be true or false");
        }
        JsonNode dropNode = node.path("alertOnDrop");
        if (!dropNode.isMissingNode() && !dropNode.isNull() && !dropNode.isBoolean()) {
            return problem("alertOnDrop must be true or false");
        }
        WatchRule rule = new WatchRule(entityId, nameNode.asText().strip(), aliases, type,
                affiliation.orElse(null), query.orElse(null),
                sensitivityNode.isMissingNode() ? 1.0 : sensitivityNode.asDouble(),
                enabledNode.isMissingNode() || enabledNode.asBoolean(),
                dropNode.isBoolean() ? dropNode.asBoolean() : null);
        Optional<String> p = WatchRuleCheck.problem(rule);
        if (p.isEmpty() && rule.isTopic()) {
            p = queryProblem.apply(rule.query()).map(reason -> "query does not parse: " + reason);
        }
        return p.map(WatchRuleRequest::problem).orElseGet(() -> new Parsed(rule, null));
    }

    /** Empty when absent or null, the stripped text when a string, null when of another JSON type. */
    private static Optional<String> optionalText(JsonNode node, String field) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static Parsed problem(String reason) {
        return new Parsed(null, reason);
    }
}

package org.pgdrill.practice.explain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the output of {@code EXPLAIN (FORMAT JSON …)}. The keys differ between PostgreSQL releases
 * (15 has no "Disabled", 18 reports fractional "Actual Rows" and "Index Searches"), so the parser
 * reads the keys it models and keeps every other one in the node's properties instead of failing.
 */
public final class ExplainParser {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> MODELLED = Set.of("Node Type", "Strategy", "Partial Mode", "Operation", "Join Type",
            "Parent Relationship", "Subplan Name", "Parallel Aware", "Scan Direction", "Relation Name", "Schema", "Alias",
            "Index Name", "CTE Name", "Function Name", "Startup Cost", "Total Cost", "Plan Rows", "Plan Width",
            "Actual Startup Time", "Actual Total Time", "Actual Rows", "Actual Loops", "Filter", "Index Cond", "Recheck Cond",
            "Hash Cond", "Merge Cond", "Join Filter", "One-Time Filter", "Sort Key", "Group Key", "Output",
            "Rows Removed by Filter", "Plans");
    private static final Set<String> TOP_LEVEL = Set.of("Plan", "Planning Time", "Execution Time", "Triggers");

    private ExplainParser() {
    }

    /**
     * Parses one EXPLAIN result: the JSON array PostgreSQL returns (its first plan is used) or a single object.
     *
     * @throws ExplainFormatException when the text is not such JSON
     */
    public static ExplainPlan parse(String json) {
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ExplainFormatException("EXPLAIN output is not valid JSON (" + e.getOriginalMessage()
                    + "); run EXPLAIN with FORMAT JSON", e);
        }
        JsonNode top = document != null && document.isArray() && !document.isEmpty() ? document.get(0) : document;
        if (top == null || !top.isObject() || !top.path("Plan").isObject()) {
            throw new ExplainFormatException("EXPLAIN output has no \"Plan\"; run EXPLAIN with FORMAT JSON", null);
        }
        PlanNode root = node(top.get("Plan"));
        List<ExplainPlan.Trigger> triggers = new ArrayList<>();
        for (JsonNode trigger : top.path("Triggers")) {
            triggers.add(new ExplainPlan.Trigger(text(trigger, "Trigger Name"), text(trigger, "Constraint Name"),
                    text(trigger, "Relation"), number(trigger, "Time"), trigger.path("Calls").asDouble()));
        }
        return new ExplainPlan(root, root.actual() != null, number(top, "Planning Time"), number(top, "Execution Time"),
                triggers, others(top, TOP_LEVEL));
    }

    private static PlanNode node(JsonNode json) {
        String nodeType = text(json, "Node Type");
        if (nodeType == null) {
            throw new ExplainFormatException("EXPLAIN output has a plan node without \"Node Type\": " + json, null);
        }
        List<PlanNode> children = new ArrayList<>();
        for (JsonNode child : json.path("Plans")) {
            children.add(node(child));
        }
        return new PlanNode(nodeType, text(json, "Strategy"), text(json, "Partial Mode"), text(json, "Operation"),
                text(json, "Join Type"), text(json, "Parent Relationship"), text(json, "Subplan Name"),
                json.path("Parallel Aware").asBoolean(false), text(json, "Scan Direction"),
                text(json, "Relation Name"), text(json, "Schema"), text(json, "Alias"), text(json, "Index Name"),
                text(json, "CTE Name"), text(json, "Function Name"), estimate(json), actual(json),
                text(json, "Filter"), text(json, "Index Cond"), text(json, "Recheck Cond"), text(json, "Hash Cond"),
                text(json, "Merge Cond"), text(json, "Join Filter"), text(json, "One-Time Filter"),
                texts(json, "Sort Key"), texts(json, "Group Key"), texts(json, "Output"),
                number(json, "Rows Removed by Filter"), others(json, MODELLED), children);
    }

    private static PlanNode.Estimate estimate(JsonNode json) {
        if (!json.has("Total Cost")) {
            return null;
        }
        return new PlanNode.Estimate(json.path("Startup Cost").asDouble(), json.path("Total Cost").asDouble(),
                json.path("Plan Rows").asDouble(), json.path("Plan Width").asInt());
    }

    private static PlanNode.Actual actual(JsonNode json) {
        if (!json.has("Actual Loops")) {
            return null;
        }
        return new PlanNode.Actual(number(json, "Actual Startup Time"), number(json, "Actual Total Time"),
                json.path("Actual Rows").asDouble(), json.path("Actual Loops").asDouble());
    }

    private static String text(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Double number(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value == null || !value.isNumber() ? null : value.asDouble();
    }

    private static List<String> texts(JsonNode json, String key) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : json.path(key)) {
            values.add(value.asText());
        }
        return values;
    }

    private static Map<String, Object> others(JsonNode json, Set<String> modelled) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!modelled.contains(field.getKey())) {
                properties.put(field.getKey(), JSON.convertValue(field.getValue(), Object.class));
            }
        }
        return properties;
    }
}

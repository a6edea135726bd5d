package org.pgdrill.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The nodes of an {@code EXPLAIN (FORMAT JSON)} plan, labelled the way EXPLAIN's text form names them. */
record PlanNodes(List<Node> nodes) {

    record Node(String type, String index, String table) {
    }

    static PlanNodes parse(String explainJson) throws java.io.IOException {
        JsonNode root = new ObjectMapper().readTree(explainJson);
        List<Node> nodes = new ArrayList<>();
        collect(root.get(0).get("Plan"), nodes);
        return new PlanNodes(nodes);
    }

    private static void collect(JsonNode plan, List<Node> nodes) {
        String type = plan.path("Node Type").asText();
        String strategy = plan.path("Strategy").asText("");
        if (type.equals("Aggregate")) {
            type = switch (strategy) {
                case "Hashed" -> "HashAggregate";
                case "Sorted" -> "GroupAggregate";
                case "Mixed" -> "MixedAggregate";
                default -> "Aggregate";
            };
        } else if (type.equals("SetOp") && strategy.equals("Hashed")) {
            type = "HashSetOp";
        } else if (type.equals("ModifyTable")) {
            type = plan.path("Operation").asText(type);
        }
        if (plan.path("Parallel Aware").asBoolean(false)) {
            type = "Parallel " + type;
        }
        nodes.add(new Node(type, plan.path("Index Name").asText(null), plan.path("Relation Name").asText(null)));
        for (JsonNode child : plan.path("Plans")) {
            collect(child, nodes);
        }
    }

    boolean has(PlanNodePattern pattern) {
        return nodes.stream().anyMatch(node -> pattern.matches(node.type(), node.index(), node.table()));
    }
}

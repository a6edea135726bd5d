package org.pgdrill.ui.common;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import org.pgdrill.practice.explain.ExplainPlan;
import org.pgdrill.practice.explain.PlanNode;
import org.pgdrill.practice.explain.PlanText;

/** An EXPLAIN plan as a tree: each node with its object, conditions, estimated and actual rows, time and cost. */
public final class PlanView extends VBox {
    private final TreeTableView<PlanNode> tree = new TreeTableView<>();

    public PlanView(ExplainPlan plan) {
        getStyleClass().add("plan-view");
        setSpacing(4);
        tree.setRoot(item(plan.root()));
        tree.setShowRoot(true);
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY);
        tree.getColumns().add(column("Step", PlanText::label, 360));
        tree.getColumns().add(column("Condition", PlanView::condition, 260));
        tree.getColumns().add(column("Rows (estimated)", node -> node.estimate() == null ? "" : format(node.estimate().rows()), 120));
        if (plan.analyzed()) {
            tree.getColumns().add(column("Rows (actual × loops)", node -> node.actual() == null ? ""
                    : node.actual().neverExecuted() ? "never executed" : format(node.actual().rows()) + " × " + format(node.actual().loops()), 150));
            tree.getColumns().add(column("Time (ms)", node -> node.actual() == null || node.actual().totalTime() == null ? ""
                    : String.format(Locale.ROOT, "%.3f", node.actual().totalTime()), 90));
        }
        tree.getColumns().add(column("Cost", node -> node.estimate() == null ? ""
                : String.format(Locale.ROOT, "%.2f..%.2f", node.estimate().startupCost(), node.estimate().totalCost()), 120));
        tree.setPrefHeight(Math.min(420, 40 + 26.0 * plan.nodes().count()));
        getChildren().add(tree);
        StringBuilder summary = new StringBuilder();
        if (plan.planningTime() != null) {
            summary.append(String.format(Locale.ROOT, "Planning: %.3f ms", plan.planningTime()));
        }
        if (plan.executionTime() != null) {
            summary.append(String.format(Locale.ROOT, "   Execution: %.3f ms", plan.executionTime()));
        }
        if (!summary.isEmpty()) {
            Label times = new Label(summary.toString().strip());
            times.getStyleClass().add(Styles.MUTED);
            getChildren().add(times);
        }
    }

    public TreeTableView<PlanNode> tree() {
        return tree;
    }

    private static TreeItem<PlanNode> item(PlanNode node) {
        TreeItem<PlanNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        for (PlanNode child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private static TreeTableColumn<PlanNode, String> column(String title, Function<PlanNode, String> value, double width) {
        TreeTableColumn<PlanNode, String> column = new TreeTableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue().getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static String condition(PlanNode node) {
        for (String condition : new String[] {node.indexCond(), node.hashCond(), node.mergeCond(), node.filter(), node.joinFilter(),
                node.recheckCond(), node.oneTimeFilter()}) {
            if (condition != null) {
                return condition + (node.rowsRemovedByFilter() != null && condition.equals(node.filter())
                        ? "  (removed " + format(node.rowsRemovedByFilter()) + ")" : "");
            }
        }
        if (!node.sortKey().isEmpty()) {
            return "by " + String.join(", ", node.sortKey());
        }
        if (!node.groupKey().isEmpty()) {
            return "group by " + String.join(", ", node.groupKey());
        }
        return "";
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}

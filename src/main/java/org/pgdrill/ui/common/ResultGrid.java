package org.pgdrill.ui.common;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.pgdrill.practice.ResultColumn;
import org.pgdrill.practice.ResultTable;

/** Rows of a result as a table, psql-like: NULL shown as a dimmed NULL, numbers right-aligned, footer notes below. */
public final class ResultGrid extends VBox {
    public static final String NULL_STYLE = "cell-null";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]");
    /** AtlantaFX's row and header heights at pgdrill's font size, and room for a horizontal scroll bar. */
    private static final double ROW_HEIGHT = 36;
    private static final double HEADER_AND_SCROLL_BAR = 60;
    /** Rows looked at to size a column: enough for a typical result, cheap for a capped one. */
    private static final int SIZING_ROWS = 200;
    private final TableView<List<Object>> table = new TableView<>();
    private final Label footer = new Label();

    public ResultGrid(ResultTable result) {
        getStyleClass().add("result-grid");
        setSpacing(4);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("(no rows)"));
        for (int i = 0; i < result.columnCount(); i++) {
            table.getColumns().add(column(result.columns().get(i), i, widthOf(result, i)));
        }
        table.setItems(FXCollections.observableArrayList(result.rows()));
        table.setPrefHeight(Math.min(420, HEADER_AND_SCROLL_BAR + ROW_HEIGHT * Math.max(1, result.rowCount())));
        VBox.setVgrow(table, Priority.ALWAYS);
        String rows = result.rowCount() + (result.rowCount() == 1 ? " row" : " rows");
        footer.setText(result.footer().isEmpty() ? rows : rows + " — " + String.join(" ", result.footer()));
        footer.getStyleClass().add(Styles.MUTED);
        getChildren().addAll(table, footer);
    }

    public TableView<List<Object>> table() {
        return table;
    }

    /** Wide enough for the header and the longest of the first values (monospaced, about 8.5 px a character), within bounds. */
    private static double widthOf(ResultTable result, int index) {
        int characters = result.columns().get(index).name().length();
        for (int row = 0; row < Math.min(SIZING_ROWS, result.rowCount()); row++) {
            characters = Math.max(characters, display(result.rows().get(row).get(index)).length());
        }
        return Math.max(64, Math.min(360, 32 + 8.5 * characters));
    }

    private static TableColumn<List<Object>, Object> column(ResultColumn column, int index, double width) {
        TableColumn<List<Object>, Object> tableColumn = new TableColumn<>(column.name());
        tableColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().get(index)));
        tableColumn.setSortable(false);
        tableColumn.setPrefWidth(width);
        Label header = new Label(column.name());
        header.setTooltip(new Tooltip(column.typeName()));
        tableColumn.setGraphic(header);
        tableColumn.setText("");
        tableColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().remove(NULL_STYLE);
                if (empty) {
                    setText(null);
                    return;
                }
                setText(display(value));
                if (value == null) {
                    getStyleClass().add(NULL_STYLE);
                }
                setStyle(value instanceof Number ? "-fx-alignment: CENTER-RIGHT;" : "");
            }
        });
        return tableColumn;
    }

    /** How psql would print a value. */
    public static String display(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.format(TIMESTAMP);
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.format(TIMESTAMP) + dateTime.getOffset().getId().replace("Z", "+00");
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ResultGrid::display).collect(Collectors.joining(",", "{", "}"));
        }
        return value.toString();
    }
}

package org.pgdrill.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Rows a statement or a meta-command produced, ready to show. Cell values are plain Java values
 * (String, Long, BigDecimal, Double, Boolean, java.time types, List for arrays) or {@code null} for SQL NULL.
 *
 * @param columns   the columns, in order
 * @param rows      the rows, each as many cells as there are columns
 * @param truncated true when more rows (or a longer value) existed than were fetched
 * @param footer    lines shown under the table (psql-style "Indexes:", a row-count note, …)
 */
public record ResultTable(List<ResultColumn> columns, List<List<Object>> rows, boolean truncated, List<String> footer) {

    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // cells may be null
        }
        rows = Collections.unmodifiableList(copy);
        footer = List.copyOf(footer);
    }

    public ResultTable(List<ResultColumn> columns, List<List<Object>> rows) {
        this(columns, rows, false, List.of());
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }
}

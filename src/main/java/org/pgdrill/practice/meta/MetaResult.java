package org.pgdrill.practice.meta;

import org.pgdrill.practice.ResultTable;

/** One table of a meta-command's answer with psql's title ("List of relations", "Table \"shop.orders\""); footers are in the table. */
public record MetaResult(String title, ResultTable table) {
}

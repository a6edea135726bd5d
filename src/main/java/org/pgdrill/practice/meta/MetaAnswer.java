package org.pgdrill.practice.meta;

import java.util.List;
import java.util.Optional;

/**
 * What a meta-command produced: its tables, or psql's message when nothing matched
 * ("Did not find any relation named \"nope\".").
 */
public record MetaAnswer(List<MetaResult> results, Optional<String> notFound) {

    public MetaAnswer {
        results = List.copyOf(results);
    }

    static MetaAnswer of(List<MetaResult> results) {
        return new MetaAnswer(results, Optional.empty());
    }

    static MetaAnswer nothingFound(String message) {
        return new MetaAnswer(List.of(), Optional.of(message));
    }
}

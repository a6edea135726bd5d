package org.pgdrill.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small parsers behind the loader: time limits, reading time, front matter, CREATE TABLE scanning. */
class ContentPiecesTest {

    @Test
    void timeLimitsAcceptSecondsMinutesAndBoth() {
        assertThat(TimeLimits.parse("90s")).contains(Duration.ofSeconds(90));
        assertThat(TimeLimits.parse("5m")).contains(Duration.ofMinutes(5));
        assertThat(TimeLimits.parse("1m30s")).contains(Duration.ofSeconds(90));
        assertThat(TimeLimits.parse("300")).contains(Duration.ofMinutes(5));
        assertThat(TimeLimits.parse("5 min")).isEmpty();
        assertThat(TimeLimits.parse("1h")).isEmpty();
        assertThat(TimeLimits.parse("")).isEmpty();
        assertThat(TimeLimits.format(Duration.ofSeconds(90))).isEqualTo("1m30s");
    }

    @Test
    void readingTimeIsAboutTwoHundredWordsAMinuteAndAtLeastOne() {
        String threeHundredWords = "word ".repeat(300);
        assertThat(ReadingTime.minutes(threeHundredWords, LessonParts.NONE)).isEqualTo(2);
        assertThat(ReadingTime.minutes("Just a line.", LessonParts.NONE)).isEqualTo(1);
        assertThat(ReadingTime.words("# Title\n\n- a **bold** word --- `x`")).isEqualTo(5);
        LessonParts withTips = new LessonParts(List.of(), List.of(), List.of("tip ".repeat(200)), List.of(), List.of(), List.of(),
                List.of(), List.of());
        assertThat(ReadingTime.minutes(threeHundredWords, withTips)).isEqualTo(3);
    }

    @Test
    void frontMatterIsSplitFromTheProse() {
        Problems problems = new Problems(Path.of("/p"));
        FrontMatter split = FrontMatter.split("---\nid: a\n---\n# Prose\n", problems.in(Path.of("/p/lesson.md"))).orElseThrow();
        assertThat(split.yaml()).isEqualTo("id: a\n");
        assertThat(split.body()).isEqualTo("# Prose\n");
        assertThat(split.bodyLine()).isEqualTo(4);

        assertThat(FrontMatter.split("---\nid: a\n", problems.in(Path.of("/p/lesson.md")))).isEmpty();
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                "lesson.md:1: the front matter is not closed — add a '---' line after 'summary' and before the prose");
    }

    @Test
    void createdTablesAreFoundQualifiedOrThroughSearchPathButNotInCommentsOrStrings() {
        CreatedTables tables = CreatedTables.scan("""
                -- CREATE TABLE shop.commented (id int);
                /* CREATE TABLE shop.blocked /* nested */ (id int); */
                CREATE SCHEMA shop;
                CREATE TABLE shop.customers (id int);
                create unlogged table if not exists "shop"."Orders" (id int);
                INSERT INTO shop.customers SELECT 1 WHERE 'CREATE TABLE shop.quoted' <> $x$CREATE TABLE shop.dollar$x$;
                SET search_path TO billing, public;
                CREATE TABLE invoices (id int);
                """, "public");
        assertThat(tables.names()).containsExactlyInAnyOrder("shop.customers", "shop.Orders", "billing.invoices");
        assertThat(tables.creates("customers", List.of("shop"))).isTrue();
        assertThat(tables.creates("shop.customers", List.of())).isTrue();
        assertThat(tables.creates("customers", List.of())).isFalse();
        assertThat(tables.creates("commented", List.of("shop"))).isFalse();
        assertThat(tables.creates("invoices", List.of("billing"))).isTrue();
    }
}

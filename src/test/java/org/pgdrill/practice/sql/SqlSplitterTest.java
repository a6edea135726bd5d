package org.pgdrill.practice.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private static List<String> texts(String script) {
        SplitResult result = SqlSplitter.split(script);
        assertThat(result.problems()).isEmpty();
        return result.statements().stream().map(SqlStatement::text).toList();
    }

    @Test
    void splitsAtSemicolonsAndDropsTheTerminator() {
        assertThat(texts("SELECT 1; SELECT 2;\nSELECT 3")).containsExactly("SELECT 1", "SELECT 2", "SELECT 3");
    }

    @Test
    void emptyStatementsAreLeftOut() {
        assertThat(texts(";;SELECT 1;;; ;\n;SELECT 2;;")).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void semicolonsInsideSingleQuotesDoNotSplit() {
        assertThat(texts("SELECT 'a;b', 'it''s; fine'; SELECT 2"))
                .containsExactly("SELECT 'a;b', 'it''s; fine'", "SELECT 2");
    }

    @Test
    void backslashEscapesOnlyInsideEscapeStrings() {
        assertThat(texts("SELECT E'it\\'s; ok'; SELECT 2")).containsExactly("SELECT E'it\\'s; ok'", "SELECT 2");
        assertThat(texts("SELECT e'\\\\'; SELECT 2")).containsExactly("SELECT e'\\\\'", "SELECT 2");
        // standard_conforming_strings: in a plain string the backslash is an ordinary character
        assertThat(texts("SELECT 'C:\\'; SELECT 2")).containsExactly("SELECT 'C:\\'", "SELECT 2");
    }

    @Test
    void anEOnlyPrefixesAStringWhenItStandsAlone() {
        // "name'…'" is the word "name" followed by a plain string, not an escape string
        assertThat(texts("SELECT name'\\'; SELECT 2")).containsExactly("SELECT name'\\'", "SELECT 2");
    }

    @Test
    void unicodeAndBitStringsAreQuotedText() {
        assertThat(texts("SELECT U&'d\\0061t;a', B'10;', X'1F;', N'n;'; SELECT U&\"a;b\" FROM t"))
                .containsExactly("SELECT U&'d\\0061t;a', B'10;', X'1F;', N'n;'", "SELECT U&\"a;b\" FROM t");
    }

    @Test
    void dollarQuotesWithAndWithoutTags() {
        String body = "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END; $body$";
        assertThat(texts(body + "; SELECT $$a;b$$; SELECT $x$ $$ ; $x$"))
                .containsExactly(body, "SELECT $$a;b$$", "SELECT $x$ $$ ; $x$");
    }

    @Test
    void dollarTagsMustMatchExactly() {
        assertThat(texts("SELECT $a$ ; $A$ ; $a$; SELECT 2")).containsExactly("SELECT $a$ ; $A$ ; $a$", "SELECT 2");
    }

    @Test
    void parametersAndDollarsInsideIdentifiersAreNotDollarQuotes() {
        assertThat(texts("PREPARE p(int) AS SELECT $1; SELECT price$ FROM t; SELECT a$b$c FROM t"))
                .containsExactly("PREPARE p(int) AS SELECT $1", "SELECT price$ FROM t", "SELECT a$b$c FROM t");
    }

    @Test
    void quotedIdentifiersWithDoubledQuotes() {
        assertThat(texts("SELECT \"a;\"\"b\" FROM \"T;\"; SELECT 2")).containsExactly("SELECT \"a;\"\"b\" FROM \"T;\"", "SELECT 2");
    }

    @Test
    void commentsHideSemicolonsAndAreTrimmedFromTheEnds() {
        assertThat(texts("-- first; still comment\nSELECT 1 -- one; two\n, 2; /* c; */ SELECT /* in; side */ 3 /* after */;"))
                .containsExactly("SELECT 1 -- one; two\n, 2", "SELECT /* in; side */ 3");
    }

    @Test
    void blockCommentsNest() {
        assertThat(texts("/* outer /* inner; */ still; comment */ SELECT 1; SELECT 2"))
                .containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void doubleDashInsideAnOperatorStartsAComment() {
        assertThat(texts("SELECT 1 +-- comment; \n 2; SELECT 3")).containsExactly("SELECT 1 +-- comment; \n 2", "SELECT 3");
    }

    @Test
    void semicolonsInsideParenthesesDoNotSplitLikeInPsql() {
        String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); INSERT INTO b VALUES (2))";
        assertThat(texts(rule + "; SELECT 2")).containsExactly(rule, "SELECT 2");
    }

    @Test
    void sqlStandardFunctionBodiesKeepTheirSemicolons() {
        String function = "CREATE FUNCTION add_one(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT x + 1;\n  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\nEND";
        String procedure = "create or replace procedure p() begin atomic insert into t values (1); delete from t; end";
        assertThat(texts(function + ";\n" + procedure + "; SELECT 3"))
                .containsExactly(function, procedure, "SELECT 3");
    }

    @Test
    void beginOutsideARoutineIsAnOrdinaryStatement() {
        assertThat(texts("BEGIN; SELECT 1; END; SELECT CASE WHEN true THEN 1 END; COMMIT"))
                .containsExactly("BEGIN", "SELECT 1", "END", "SELECT CASE WHEN true THEN 1 END", "COMMIT");
    }

    @Test
    void aDoBlockIsOneStatement() {
        assertThat(texts("DO $$ BEGIN PERFORM 1; COMMIT; END $$; SELECT 2"))
                .containsExactly("DO $$ BEGIN PERFORM 1; COMMIT; END $$", "SELECT 2");
    }

    @Test
    void metaCommandsRunToTheEndOfTheLineAndEndAStatementInProgress() {
        SplitResult result = SqlSplitter.split("\\d shop.orders  \nSELECT 1\n\\dt+\nSELECT 2;");
        assertThat(result.statements()).extracting(SqlStatement::text)
                .containsExactly("\\d shop.orders", "SELECT 1", "\\dt+", "SELECT 2");
        assertThat(result.statements()).extracting(SqlStatement::metaCommand).containsExactly(true, false, true, false);
    }

    @Test
    void aBackslashInsideQuotesIsNotAMetaCommand() {
        assertThat(texts("SELECT '\\d', $$\\!$$, \"\\x\"")).containsExactly("SELECT '\\d', $$\\!$$, \"\\x\"");
    }

    @Test
    void positionsAreOneBasedLinesAndColumnsAndOffsetsPointIntoTheScript() {
        String script = "SELECT 1;\n  -- note\n  UPDATE t\n  SET a = 1;  DELETE FROM t";
        SplitResult result = SqlSplitter.split(script);
        assertThat(result.statements()).extracting(SqlStatement::line, SqlStatement::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1), org.assertj.core.groups.Tuple.tuple(3, 3),
                        org.assertj.core.groups.Tuple.tuple(4, 15));
        for (SqlStatement statement : result.statements()) {
            assertThat(script.substring(statement.startOffset(), statement.endOffset())).isEqualTo(statement.text());
        }
    }

    @Test
    void columnsCountCharactersNotUtf16Units() {
        SplitResult result = SqlSplitter.split("SELECT '😀'; SELECT 2");
        assertThat(result.statements().get(1).column()).isEqualTo(13);
    }

    @Test
    void windowsAndOldMacLineEndsCountAsOneLineBreak() {
        SplitResult result = SqlSplitter.split("SELECT 1;\r\nSELECT 2;\rSELECT 3");
        assertThat(result.statements()).extracting(SqlStatement::line).containsExactly(1, 2, 3);
    }

    @Test
    void leadingKeywordsAreUpperCasedAndSkipComments() {
        SplitResult result = SqlSplitter.split("/* x */ set /* y */ local -- z\n statement_timeout = 0; (SELECT 1); \\d");
        assertThat(result.statements()).extracting(SqlStatement::leadingKeywords)
                .containsExactly(List.of("SET", "LOCAL", "STATEMENT_TIMEOUT"), List.of(), List.of());
    }

    @Test
    void leadingKeywordsStopAtTheLimit() {
        SplitResult result = SqlSplitter.split("a b c d e f g h i j");
        assertThat(result.statements().get(0).leadingKeywords()).containsExactly("A", "B", "C", "D", "E", "F", "G", "H");
    }

    @Test
    void commentOnlyAndBlankInputIsNothingToRun() {
        assertThat(SqlSplitter.split("").isNothingToRun()).isTrue();
        assertThat(SqlSplitter.split("  \n\t").isNothingToRun()).isTrue();
        assertThat(SqlSplitter.split("-- just a note\n/* and /* nested */ another */ ;;").isNothingToRun()).isTrue();
        assertThat(SqlSplitter.split("-- note\nSELECT 1").isNothingToRun()).isFalse();
    }

    @Test
    void anUnterminatedDollarQuoteIsAProblemWithItsPosition() {
        SplitResult result = SqlSplitter.split("SELECT 1;\n\nDO $body$ BEGIN\n  PERFORM 1; END;");
        assertThat(result.problems()).extracting(SplitProblem::message)
                .containsExactly("Unterminated dollar-quoted string that starts at line 3, column 4: close it with $body$.");
        assertThat(result.problems().get(0).position()).isEqualTo(new TextPosition(3, 4));
        assertThat(result.statements()).extracting(SqlStatement::text)
                .containsExactly("SELECT 1", "DO $body$ BEGIN\n  PERFORM 1; END;");
    }

    @Test
    void unterminatedQuotesIdentifiersAndCommentsAreProblems() {
        assertThat(SqlSplitter.split("SELECT 'abc; SELECT 2").problems()).extracting(SplitProblem::message)
                .containsExactly("Unterminated quoted string that starts at line 1, column 8: close it with ' (write '' for a quote inside the string).");
        assertThat(SqlSplitter.split("SELECT E'it\\'s").problems()).extracting(SplitProblem::message)
                .containsExactly("Unterminated string E'…' that starts at line 1, column 8: close it with ' (inside E'…' a backslash escapes the next character, so \\' does not close it).");
        assertThat(SqlSplitter.split("SELECT \"abc FROM t").problems()).extracting(SplitProblem::message)
                .containsExactly("Unterminated quoted identifier that starts at line 1, column 8: close it with \".");
        assertThat(SqlSplitter.split("SELECT 1;\n /* a /* b */ still open").problems()).extracting(SplitProblem::message)
                .containsExactly("Unterminated comment that starts at line 2, column 2: close it with */ (comments nest, so every /* needs its own */).");
    }

    @Test
    void serverErrorPositionsMapBackToTheScript() {
        SplitResult result = SqlSplitter.split("SELECT 1;\n\n  SELECT 'é',\n  nope FROM t;");
        SqlStatement second = result.statements().get(1);
        int serverPosition = second.text().indexOf("nope") + 1;
        assertThat(result.locate(second, serverPosition)).isEqualTo(new TextPosition(4, 3));
    }

    @Test
    void aOneMegabyteScriptSplitsIntoItsStatements() {
        StringBuilder script = new StringBuilder();
        int count = 0;
        while (script.length() < 1_048_576) {
            script.append("INSERT INTO t VALUES (").append(count++).append(", 'it''s; a $$ value');\n");
        }
        SplitResult result = SqlSplitter.split(script.toString());
        assertThat(result.problems()).isEmpty();
        assertThat(result.statements()).hasSize(count);
        assertThat(result.statements().get(count - 1).text()).isEqualTo("INSERT INTO t VALUES (" + (count - 1) + ", 'it''s; a $$ value')");
    }
}

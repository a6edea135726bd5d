package org.pgdrill.practice.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamePatternTest {

    @Test
    void unquotedNamesFoldToLowerCaseAndAreAnchored() {
        assertThat(NamePattern.of("Orders")).isEqualTo(new NamePattern(Optional.empty(), Optional.empty(), Optional.of("^(orders)$")));
    }

    @Test
    void starAndQuestionMarkAreWildcards() {
        assertThat(NamePattern.of("ord*").name()).contains("^(ord.*)$");
        assertThat(NamePattern.of("t?").name()).contains("^(t.)$");
    }

    @Test
    void aDotSeparatesSchemaAndName() {
        NamePattern pattern = NamePattern.of("Shop.orders");
        assertThat(pattern.schema()).contains("^(shop)$");
        assertThat(pattern.name()).contains("^(orders)$");
        assertThat(NamePattern.of("mydb.shop.orders").database()).contains("mydb");
    }

    @Test
    void anyNameInASchemaNeedsNoNameCondition() {
        assertThat(NamePattern.of("shop.*")).isEqualTo(new NamePattern(Optional.empty(), Optional.of("^(shop)$"), Optional.empty()));
        assertThat(NamePattern.of("shop.").name()).isEmpty();
        assertThat(NamePattern.of("*.orders").schema()).contains("^(.*)$");
    }

    @Test
    void doubleQuotesKeepCaseAndMakeWildcardsAndDotsLiteral() {
        assertThat(NamePattern.of("\"My.Table*\"").name()).contains("^(My\\.Table\\*)$");
        assertThat(NamePattern.of("\"Shop\".\"Big Orders\"").schema()).contains("^(Shop)$");
        assertThat(NamePattern.of("\"say \"\"hi\"\"\"").name()).contains("^(say \"hi\")$");
    }

    @Test
    void dollarIsAlwaysLiteralAndOtherRegexCharactersPassThroughOutsideQuotes() {
        assertThat(NamePattern.of("price$").name()).contains("^(price\\$)$");
        assertThat(NamePattern.of("ord(er)?s").name()).contains("^(ord(er).s)$");
    }

    @Test
    void moreThanThreePartsIsRefused() {
        assertThatThrownBy(() -> NamePattern.of("a.b.c.d")).isInstanceOf(MetaCommandException.class)
                .hasMessage("improper qualified name (too many dotted names): a.b.c.d");
    }
}

package org.pgdrill.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

/**
 * pgdrill's stylesheet parses without errors: JavaFX drops every rule after a syntax error with only a log
 * line, so a missing brace would silently unstyle whole screens.
 */
class StylesheetTest {
    @Test
    void theStylesheetParsesWithoutErrors() throws Exception {
        URL url = Styles.class.getResource(Styles.STYLESHEET);
        assertThat(url).as("stylesheet on the class path").isNotNull();
        CssParser.errorsProperty().clear();

        Stylesheet sheet = new CssParser().parse(url);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).as("CSS parse errors").isEmpty();
        Set<String> selectors = new TreeSet<>();
        for (Rule rule : sheet.getRules()) {
            for (Selector selector : rule.getSelectors()) {
                selectors.add(selector.toString());
            }
        }
        assertThat(selectors).as("rules of the last screens added to the sheet are read too")
                .anyMatch(selector -> selector.contains("exercise-track"))
                .anyMatch(selector -> selector.contains("lesson-row"));
    }
}

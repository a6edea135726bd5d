package org.pgdrill.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Lesson Markdown as JavaFX nodes (no WebView): headings, paragraphs with emphasis, inline code and
 * links, lists, quotes, tables, and code blocks (SQL highlighted, with a "Try it" action when the
 * caller offers one).
 */
public final class MarkdownView extends VBox {
    public static final String STYLE = "markdown";
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Consumer<String> onLink;
    private final Consumer<String> onTrySql;

    /**
     * @param markdown the text
     * @param onLink   called with a link's destination when clicked
     * @param onTrySql called with a SQL code block's text from its "Try in sandbox" button; null hides the button
     */
    public MarkdownView(String markdown, Consumer<String> onLink, Consumer<String> onTrySql) {
        this.onLink = onLink;
        this.onTrySql = onTrySql;
        getStyleClass().add(STYLE);
        setSpacing(10);
        setFillWidth(true);
        org.commonmark.node.Node document = PARSER.parse(markdown == null ? "" : markdown);
        for (org.commonmark.node.Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            getChildren().add(block(block));
        }
    }

    /** Inline Markdown (a checklist item, an option) as one text flow. */
    public static TextFlow inline(String markdown, Consumer<String> onLink) {
        MarkdownView view = new MarkdownView(markdown, onLink, null);
        if (view.getChildren().size() == 1 && view.getChildren().get(0) instanceof TextFlow flow) {
            view.getChildren().clear();
            return flow;
        }
        TextFlow flow = new TextFlow(new Text(markdown == null ? "" : markdown));
        flow.getStyleClass().add("md-paragraph");
        return flow;
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading heading) {
            TextFlow flow = inlines(heading);
            flow.getStyleClass().add("md-h" + Math.min(heading.getLevel(), 4));
            return flow;
        }
        if (block instanceof Paragraph paragraph) {
            TextFlow flow = inlines(paragraph);
            flow.getStyleClass().add("md-paragraph");
            return flow;
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral(), code.getInfo());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral(), "");
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        }
        if (block instanceof BlockQuote quote) {
            VBox box = new VBox(6);
            box.getStyleClass().add("md-quote");
            for (org.commonmark.node.Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                box.getChildren().add(block(child));
            }
            return box;
        }
        if (block instanceof TableBlock table) {
            return table(table);
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        if (block instanceof HtmlBlock html) {
            return new TextFlow(new Text(html.getLiteral()));
        }
        TextFlow flow = inlines(block);
        flow.getStyleClass().add("md-paragraph");
        return flow;
    }

    private Node codeBlock(String code, String info) {
        String text = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        boolean sql = info == null || info.isBlank() || info.strip().toLowerCase(java.util.Locale.ROOT).startsWith("sql");
        TextFlow flow = sql ? SqlHighlighter.flow(text) : new TextFlow(new Text(text));
        flow.getStyleClass().add("md-code-block");
        VBox box = new VBox(4, flow);
        box.getStyleClass().add("md-code");
        if (sql && onTrySql != null) {
            Hyperlink tryIt = new Hyperlink("Try in sandbox");
            tryIt.getStyleClass().add("md-try");
            tryIt.setOnAction(event -> onTrySql.accept(text));
            box.getChildren().add(tryIt);
        }
        return box;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox box = new VBox(4);
        box.getStyleClass().add("md-list");
        int number = list instanceof OrderedList ordered ? ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber() : 0;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "•");
            marker.getStyleClass().add("md-marker");
            marker.setMinWidth(22);
            VBox content = new VBox(4);
            for (org.commonmark.node.Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                content.getChildren().add(block(child));
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(new HBox(4, marker, content));
        }
        return box;
    }

    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setHgap(0);
        grid.setVgap(0);
        int row = 0;
        for (org.commonmark.node.Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            for (org.commonmark.node.Node tableRow = section.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (org.commonmark.node.Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TextFlow flow = inlines(cell);
                    flow.getStyleClass().add(((TableCell) cell).isHeader() ? "md-th" : "md-td");
                    flow.setPadding(new Insets(4, 8, 4, 8));
                    grid.add(flow, column++, row);
                }
                row++;
            }
        }
        return grid;
    }

    private TextFlow inlines(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        addInlines(parent, flow, "");
        return flow;
    }

    private void addInlines(org.commonmark.node.Node parent, TextFlow flow, String styles) {
        for (org.commonmark.node.Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof org.commonmark.node.Text text) {
                flow.getChildren().add(text(text.getLiteral(), styles));
            } else if (node instanceof Code code) {
                flow.getChildren().add(text(code.getLiteral(), styles + " md-inline-code"));
            } else if (node instanceof Emphasis) {
                addInlines(node, flow, styles + " md-em");
            } else if (node instanceof StrongEmphasis) {
                addInlines(node, flow, styles + " md-strong");
            } else if (node instanceof Link link) {
                Hyperlink hyperlink = new Hyperlink(plainText(link));
                hyperlink.getStyleClass().add("md-link");
                hyperlink.setOnAction(event -> onLink.accept(link.getDestination()));
                flow.getChildren().add(hyperlink);
            } else if (node instanceof Image image) {
                flow.getChildren().add(text(plainText(image), styles + " md-em"));
            } else if (node instanceof SoftLineBreak) {
                flow.getChildren().add(text(" ", styles));
            } else if (node instanceof HardLineBreak) {
                flow.getChildren().add(text("\n", styles));
            } else if (node instanceof HtmlInline html) {
                flow.getChildren().add(text(html.getLiteral(), styles));
            } else {
                addInlines(node, flow, styles);
            }
        }
    }

    private static Text text(String literal, String styles) {
        Text text = new Text(literal);
        text.getStyleClass().add("md-text");
        for (String style : styles.trim().split("\\s+")) {
            if (!style.isEmpty()) {
                text.getStyleClass().add(style);
            }
        }
        return text;
    }

    private static String plainText(org.commonmark.node.Node node) {
        StringBuilder text = new StringBuilder();
        for (org.commonmark.node.Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text literal) {
                text.append(literal.getLiteral());
            } else if (child instanceof Code code) {
                text.append(code.getLiteral());
            } else {
                text.append(plainText(child));
            }
        }
        return text.toString();
    }

}

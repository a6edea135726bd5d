package org.pgdrill.ui.common;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.concurrent.Task;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.reactfx.Subscription;

/**
 * The SQL editor: line numbers, syntax colours computed on one worker after a pause in typing (the
 * RichTextFX async pattern, so long scripts never stall typing), Ctrl+Enter to run, Tab indents, Enter
 * keeps the indentation. Call {@link #dispose()} when the editor goes away.
 */
public final class SqlEditor extends StackPane {
    public static final String STYLE = "sql-editor";
    private static final Pattern INDENT = Pattern.compile("^[ \\t]*");
    private final CodeArea area = new CodeArea();
    private final ExecutorService highlighter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pgdrill-highlighter");
        thread.setDaemon(true);
        return thread;
    });
    private final Subscription highlighting;
    private Runnable onRun = () -> { };

    public SqlEditor(String text) {
        getStyleClass().add(STYLE);
        area.getStyleClass().add("sql-code");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setWrapText(false);
        highlighting = area.multiPlainChanges()
                .successionEnds(Duration.ofMillis(120))
                .retainLatestUntilLater(highlighter)
                .supplyTask(this::highlightLater)
                .awaitLatest(area.multiPlainChanges())
                .filterMap(attempt -> attempt.isSuccess() ? Optional.of(attempt.get()) : Optional.empty())
                .subscribe(spans -> area.setStyleSpans(0, spans));
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        replaceText(text);
        getChildren().add(new VirtualizedScrollPane<>(area));
    }

    private Task<StyleSpans<Collection<String>>> highlightLater() {
        String text = area.getText();
        Task<StyleSpans<Collection<String>>> task = new Task<>() {
            @Override
            protected StyleSpans<Collection<String>> call() {
                return SqlHighlighter.styles(text);
            }
        };
        highlighter.execute(task);
        return task;
    }

    private static final KeyCombination RUN = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private void keys(KeyEvent event) {
        if (RUN.match(event)) {
            event.consume();
            onRun.run();
        } else if (event.getCode() == KeyCode.TAB && !event.isShiftDown() && !event.isShortcutDown()) {
            event.consume();
            area.replaceSelection("    ");
        } else if (event.getCode() == KeyCode.ENTER && !event.isShortcutDown() && !event.isShiftDown()) {
            event.consume();
            Matcher indent = INDENT.matcher(area.getParagraph(area.getCurrentParagraph()).getText());
            area.replaceSelection("\n" + (indent.find() ? indent.group() : ""));
        }
    }

    /** Called by Ctrl+Enter (Cmd+Enter on macOS). */
    public void setOnRun(Runnable onRun) {
        this.onRun = onRun;
    }

    public String getText() {
        return area.getText();
    }

    public void replaceText(String text) {
        area.replaceText(text == null ? "" : text);
        area.setStyleSpans(0, SqlHighlighter.styles(area.getText()));
        area.getUndoManager().forgetHistory();
    }

    public CodeArea area() {
        return area;
    }

    /** Puts the caret at a 1-based line and column (where PostgreSQL reported an error) and focuses the editor. */
    public void moveTo(int line, int column) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        int offset = Math.max(0, Math.min(column - 1, area.getParagraphLength(paragraph)));
        area.moveTo(paragraph, offset);
        area.requestFollowCaret();
        area.requestFocus();
    }

    @Override
    public void requestFocus() {
        area.requestFocus();
    }

    public void dispose() {
        highlighting.unsubscribe();
        highlighter.shutdownNow();
    }
}

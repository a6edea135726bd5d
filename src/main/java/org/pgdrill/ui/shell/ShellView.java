package org.pgdrill.ui.shell;

import org.pgdrill.ui.common.Section;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pgdrill.ui.common.Styles;

/**
 * The main window's layout: the sidebar, the current section and the status bar. Section views are
 * built the first time they are shown and kept afterwards, so a section keeps its state.
 */
public final class ShellView extends BorderPane {
    private final ShellViewModel model;
    private final Map<Section, Supplier<Node>> factories;
    private final Map<Section, Node> built = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> buttons = new EnumMap<>(Section.class);
    private final ToggleGroup group = new ToggleGroup();
    private final StackPane content = new StackPane();

    public ShellView(ShellViewModel model, Map<Section, Supplier<Node>> factories, Node statusBar) {
        this.model = model;
        this.factories = new EnumMap<>(factories);
        createView(statusBar);
        initListeners();
    }

    private void createView(Node statusBar) {
        VBox sidebar = new VBox(4);
        sidebar.getStyleClass().add(Styles.SIDEBAR);
        FontIcon logo = new FontIcon(Feather.DATABASE);
        Label brand = new Label("pgdrill", logo);
        brand.getStyleClass().add(Styles.SIDEBAR_BRAND);
        sidebar.getChildren().add(brand);
        int index = 1;
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title(), new FontIcon(section.icon()));
            button.setId(section.buttonId());
            button.getStyleClass().add(Styles.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setUserData(section);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(section.description() + "  (Ctrl+" + index++ + ")"));
            buttons.put(section, button);
            sidebar.getChildren().add(button);
        }
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label version = new Label("Ctrl+1…6 to switch");
        version.getStyleClass().add(Styles.MUTED);
        sidebar.getChildren().addAll(spacer, version);

        content.getStyleClass().add(Styles.CONTENT);
        HBox.setHgrow(content, Priority.ALWAYS);
        setLeft(sidebar);
        setCenter(content);
        setBottom(statusBar);
    }

    private void initListeners() {
        group.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true); // a section is always shown
            } else {
                model.select((Section) selected.getUserData());
            }
        });
        model.sectionProperty().addListener((obs, old, section) -> show(section));
        show(model.section());
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                int index = 1;
                for (Section section : Section.values()) {
                    KeyCode digit = KeyCode.valueOf("DIGIT" + index++);
                    scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> model.select(section));
                }
            }
        });
    }

    private void show(Section section) {
        buttons.get(section).setSelected(true);
        Node view = built.computeIfAbsent(section, key -> factories.get(key).get());
        content.getChildren().setAll(view);
    }

    /** Puts {@code view} into {@code section} (a lesson inside Library, an exercise inside Exercises) and shows it. */
    public void replace(Section section, Node view) {
        built.put(section, view);
        if (model.section() == section) {
            content.getChildren().setAll(view);
        } else {
            model.select(section);
        }
    }

    /** Shows the section's own page again, rebuilding it so it reflects new progress. */
    public void reset(Section section) {
        built.remove(section);
        if (model.section() == section) {
            show(section);
        } else {
            model.select(section);
        }
    }
}

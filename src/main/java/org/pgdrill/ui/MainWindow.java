package org.pgdrill.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.pgdrill.app.App;
import org.pgdrill.app.SettingKey;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.ui.common.ServerStatusModel;
import org.pgdrill.ui.common.StatusBar;
import org.pgdrill.ui.common.Styles;
import org.pgdrill.ui.common.Theme;
import org.pgdrill.ui.settings.SettingsView;
import org.pgdrill.ui.settings.SettingsViewModel;
import org.pgdrill.ui.shell.Section;
import org.pgdrill.ui.shell.ShellView;
import org.pgdrill.ui.shell.ShellViewModel;

/**
 * The composition root of the GUI: builds every screen's view and view model from the {@link App}
 * services and puts them into the shell. Tests build it with an inline task runner.
 */
public final class MainWindow {
    private final App app;
    private final TaskRunner tasks;
    private final ServerStatusModel server;
    private final ShellViewModel shell;
    private final SettingsViewModel settings;
    private final Scene scene;

    public MainWindow(App app, TaskRunner tasks) {
        this.app = app;
        this.tasks = tasks;
        this.server = new ServerStatusModel(app.servers(), app.practice(), tasks);
        this.shell = new ShellViewModel(Section.fromSetting(app.settings().get(SettingKey.LAST_SECTION)));
        this.settings = new SettingsViewModel(app.settings(), tasks, server, app.config().dataDir().toString());

        Map<Section, Supplier<Node>> screens = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            screens.put(section, () -> pending(section));
        }
        screens.put(Section.SETTINGS, () -> new SettingsView(settings));

        ShellView view = new ShellView(shell, screens, new StatusBar(server, app.config().dataDir().toString()));
        this.scene = new Scene(view, 1180, 760);
        scene.getStylesheets().add(Styles.STYLESHEET);
        settings.themeProperty().get().apply();
        settings.themeProperty().addListener((obs, old, theme) -> theme.apply());
        shell.sectionProperty().addListener((obs, old, section) -> tasks.run("Remembering the section",
                context -> {
                    app.settings().put(SettingKey.LAST_SECTION, section.name());
                    return section;
                }, ignored -> { }, ignored -> { }));
    }

    private static Node pending(Section section) {
        Label title = new Label(section.title());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label description = new Label(section.description());
        description.getStyleClass().add(Styles.PAGE_SUBTITLE);
        VBox page = new VBox(8, title, description);
        page.getStyleClass().add(Styles.PAGE);
        page.setStyle("-fx-padding: 24px;");
        return page;
    }

    public Scene scene() {
        return scene;
    }

    public ServerStatusModel server() {
        return server;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public Theme theme() {
        return settings.themeProperty().get();
    }

    public App app() {
        return app;
    }

    public TaskRunner tasks() {
        return tasks;
    }
}

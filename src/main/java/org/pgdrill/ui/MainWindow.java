package org.pgdrill.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.pgdrill.app.App;
import org.pgdrill.app.FlashcardDeck;
import org.pgdrill.app.SettingKey;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.content.DatasetRef;
import org.pgdrill.content.Exercise;
import org.pgdrill.content.Lesson;
import org.pgdrill.content.Track;
import org.pgdrill.ui.common.FileDialogs;
import org.pgdrill.ui.common.Navigator;
import org.pgdrill.ui.common.Section;
import org.pgdrill.ui.common.ServerStatusModel;
import org.pgdrill.ui.common.StatusBar;
import org.pgdrill.ui.common.Styles;
import org.pgdrill.ui.common.Theme;
import org.pgdrill.ui.dashboard.DashboardView;
import org.pgdrill.ui.dashboard.DashboardViewModel;
import org.pgdrill.ui.flashcards.DueText;
import org.pgdrill.ui.flashcards.FlashcardsView;
import org.pgdrill.ui.flashcards.FlashcardsViewModel;
import org.pgdrill.ui.sandbox.SandboxView;
import org.pgdrill.ui.sandbox.SandboxViewModel;
import org.pgdrill.ui.settings.DataViewModel;
import org.pgdrill.ui.settings.ReviewSettingsViewModel;
import org.pgdrill.ui.settings.SettingsView;
import org.pgdrill.ui.settings.SettingsViewModel;
import org.pgdrill.ui.shell.ShellView;
import org.pgdrill.ui.shell.ShellViewModel;

/**
 * The composition root of the GUI: builds every screen's view and view model from the {@link App}
 * services, puts them into the shell and moves the learner between them ({@link Navigator}). Tests build
 * it with an inline task runner.
 */
public final class MainWindow implements Navigator {
    private final App app;
    private final TaskRunner tasks;
    private final ServerStatusModel server;
    private final ShellViewModel shell;
    private final SettingsViewModel settings;
    private final ShellView view;
    private final Scene scene;
    private final FileDialogs dialogs;
    private SandboxView sandbox;

    public MainWindow(App app, TaskRunner tasks) {
        this(app, tasks, FileDialogs.system());
    }

    /** With {@code dialogs} answering the "save as" and "open" questions of export and import (tests answer them). */
    public MainWindow(App app, TaskRunner tasks, FileDialogs dialogs) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.server = new ServerStatusModel(app.servers(), app.practice(), tasks);
        this.shell = new ShellViewModel(Section.fromSetting(app.settings().get(SettingKey.LAST_SECTION)));
        this.settings = new SettingsViewModel(app.settings(), tasks, server);

        Map<Section, Supplier<Node>> screens = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            screens.put(section, () -> pending(section));
        }
        screens.put(Section.SANDBOX, this::sandbox);
        screens.put(Section.FLASHCARDS, this::flashcards);
        screens.put(Section.PROGRESS, this::dashboard);
        screens.put(Section.SETTINGS, this::settingsPage);

        view = new ShellView(shell, screens, new StatusBar(server, app.config().dataDir().toString()));
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

    private SandboxView sandbox() {
        if (sandbox == null) {
            sandbox = new SandboxView(new SandboxViewModel(app.practice(), tasks, app.library().tracks()), server);
        }
        return sandbox;
    }

    private Node flashcards() {
        DueText due = new DueText(app.clock(), app.zone());
        FlashcardsViewModel model = new FlashcardsViewModel(app.flashcards(), FlashcardDeck.of(app.library().tracks()), tasks, due,
                () -> System.nanoTime() / 1_000_000);
        return new FlashcardsView(model, dialogs, due);
    }

    private Node settingsPage() {
        DataViewModel data = new DataViewModel(app.backups(), app.transfer(), app.config().dataDir(), app.config().backupDir(), tasks,
                app.zone());
        return new SettingsView(settings, new ReviewSettingsViewModel(app.settings(), tasks), data, dialogs);
    }

    private Node dashboard() {
        return new DashboardView(new DashboardViewModel(app.stats(), app.library().tracks(), app.library().folders(), tasks), this);
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

    @Override
    public void showSection(Section section) {
        shell.select(section);
    }

    @Override
    public void openLesson(Track track, Lesson lesson) {
        shell.select(Section.LIBRARY);
    }

    @Override
    public void openQuiz(Track track, Lesson lesson) {
        shell.select(Section.LIBRARY);
    }

    @Override
    public void openExercise(Track track, Exercise exercise) {
        shell.select(Section.EXERCISES);
    }

    @Override
    public void openSandbox(Track track, DatasetRef dataset, String sql) {
        sandbox().model().open(track, dataset, sql);
        shell.select(Section.SANDBOX);
    }

    @Override
    public void back(Section section) {
        view.reset(section);
    }

    @Override
    public void openLink(Track track, String destination) {
        shell.select(Section.LIBRARY);
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

    /** Stops background work of the screens (editor highlighters). */
    public void dispose() {
        if (sandbox != null) {
            sandbox.dispose();
        }
    }
}

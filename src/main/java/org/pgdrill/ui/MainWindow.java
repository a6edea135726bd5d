package org.pgdrill.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
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
import org.pgdrill.ui.library.LibraryView;
import org.pgdrill.ui.library.LibraryViewModel;
import org.pgdrill.ui.lesson.LessonView;
import org.pgdrill.ui.lesson.LessonViewModel;
import org.pgdrill.ui.quiz.QuizView;
import org.pgdrill.ui.quiz.QuizViewModel;
import org.pgdrill.ui.exercise.ExerciseListView;
import org.pgdrill.ui.exercise.ExerciseListViewModel;
import org.pgdrill.ui.exercise.ExerciseSessionView;
import org.pgdrill.ui.exercise.ExerciseSessionViewModel;
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
    private final java.util.function.Consumer<String> browser;
    private final FileDialogs dialogs;
    private SandboxView sandbox;
    private LessonView openLesson;
    private ExerciseSessionView exerciseSession;

    public MainWindow(App app, TaskRunner tasks) {
        this(app, tasks, FileDialogs.system(), address -> { });
    }

    /** With {@code dialogs} answering the "save as" and "open" questions of export and import (tests answer them). */
    public MainWindow(App app, TaskRunner tasks, FileDialogs dialogs) {
        this(app, tasks, dialogs, address -> { });
    }

    /**
     * @param dialogs answers the "save as" and "open" questions of export and import (tests answer them)
     * @param browser opens web addresses from lesson links (the desktop's browser in the app)
     */
    public MainWindow(App app, TaskRunner tasks, FileDialogs dialogs, java.util.function.Consumer<String> browser) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.browser = browser;
        this.server = new ServerStatusModel(app.servers(), app.practice(), tasks);
        this.shell = new ShellViewModel(Section.fromSetting(app.settings().get(SettingKey.LAST_SECTION)));
        this.settings = new SettingsViewModel(app.settings(), tasks, server);

        Map<Section, Supplier<Node>> screens = new EnumMap<>(Section.class);
        screens.put(Section.LIBRARY, this::library);
        screens.put(Section.EXERCISES, this::exerciseList);
        screens.put(Section.SANDBOX, this::sandbox);
        screens.put(Section.FLASHCARDS, this::flashcards);
        screens.put(Section.PROGRESS, this::dashboard);
        screens.put(Section.SETTINGS, this::settingsPage);
        if (screens.size() != Section.values().length) {
            throw new IllegalStateException("A section has no screen: " + screens.keySet());
        }

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

    private LibraryView library() {
        LibraryViewModel model = new LibraryViewModel(app.library().tracks(), app.library().problems(), app.progress(), tasks);
        return new LibraryView(model, this);
    }

    private SandboxView sandbox() {
        if (sandbox == null) {
            sandbox = new SandboxView(new SandboxViewModel(app.practice(), tasks, app.library().tracks()), server);
        }
        return sandbox;
    }

    private ExerciseListView exerciseList() {
        return new ExerciseListView(new ExerciseListViewModel(app.library().tracks(), app.progress().attempts(), tasks), this);
    }

    /** Ends the shown exercise session (its countdown and editor), if any. */
    private void closeExerciseSession() {
        if (exerciseSession != null) {
            exerciseSession.dispose();
            exerciseSession = null;
        }
    }

    private Node flashcards() {
        return flashcards(null, null);
    }

    /** The Flashcards page; with a lesson it starts on that lesson's cards instead of today's queue. */
    private Node flashcards(Track track, Lesson lesson) {
        DueText due = new DueText(app.clock(), app.zone());
        FlashcardsViewModel model = new FlashcardsViewModel(app.flashcards(), FlashcardDeck.of(app.library().tracks()), tasks, due,
                () -> System.nanoTime() / 1_000_000);
        FlashcardsView page = new FlashcardsView(model, dialogs, due);
        if (lesson != null) {
            model.studyLesson(track, lesson);
        }
        return page;
    }

    private Node settingsPage() {
        DataViewModel data = new DataViewModel(app.backups(), app.transfer(), app.config().dataDir(), app.config().backupDir(), tasks,
                app.zone());
        return new SettingsView(settings, new ReviewSettingsViewModel(app.settings(), tasks), data, dialogs);
    }

    private Node dashboard() {
        return new DashboardView(new DashboardViewModel(app.stats(), app.library().tracks(), app.library().folders(), tasks), this);
    }

    @Override
    public void showSection(Section section) {
        shell.select(section);
    }

    @Override
    public void openLesson(Track track, Lesson lesson) {
        leaveLesson();
        openLesson = new LessonView(new LessonViewModel(track, lesson, app.progress(), tasks, app.clock()), this);
        view.replace(Section.LIBRARY, openLesson);
        openLesson.setVvalue(0);
    }

    @Override
    public void openQuiz(Track track, Lesson lesson) {
        leaveLesson();
        view.replace(Section.LIBRARY, new QuizView(new QuizViewModel(track, lesson, app.progress(), tasks, app.clock()), this));
    }

    @Override
    public void openFlashcards(Track track, Lesson lesson) {
        view.replace(Section.FLASHCARDS, flashcards(track, lesson));
    }

    /** A note still being typed is saved before the lesson is replaced. */
    private void leaveLesson() {
        if (openLesson != null) {
            openLesson.flush();
            openLesson = null;
        }
    }

    @Override
    public void openExercise(Track track, Exercise exercise) {
        closeExerciseSession();
        exerciseSession = new ExerciseSessionView(new ExerciseSessionViewModel(track, exercise, app.library().tracks(), app.practice(),
                app.progress().attempts(), tasks, app.clock()), server, this);
        view.replace(Section.EXERCISES, exerciseSession);
    }

    @Override
    public void openSandbox(Track track, DatasetRef dataset, String sql) {
        sandbox().model().open(track, dataset, sql);
        shell.select(Section.SANDBOX);
    }

    @Override
    public void back(Section section) {
        if (section == Section.LIBRARY) {
            leaveLesson();
        }
        if (section == Section.EXERCISES) {
            closeExerciseSession();
        }
        view.reset(section);
    }

    @Override
    public void openLink(Track track, String destination) {
        if (destination.startsWith("lesson:")) {
            track.lesson(destination.substring("lesson:".length())).ifPresent(lesson -> openLesson(track, lesson));
        } else if (destination.startsWith("track:")) {
            String[] target = destination.substring("track:".length()).split("/", 2);
            app.library().track(target[0]).ifPresent(other -> {
                if (target.length == 2 && other.lesson(target[1]).isPresent()) {
                    openLesson(other, other.lesson(target[1]).get());
                } else if (!other.lessons().isEmpty()) {
                    openLesson(other, other.lessons().get(0));
                }
            });
        } else if (destination.startsWith("exercise:")) {
            org.pgdrill.app.ExerciseCatalog.find(app.library().tracks(), destination.substring("exercise:".length()))
                    .ifPresent(found -> openExercise(found.track(), found.exercise()));
        } else if (destination.startsWith("http://") || destination.startsWith("https://")) {
            browser.accept(destination);
        }
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

    /** Runs the sandbox's script (for screenshots); the property turns false when it is done. */
    javafx.beans.property.ReadOnlyBooleanProperty runSandbox() {
        sandbox().model().run();
        return sandbox().model().runningProperty();
    }

    /** Stops background work of the screens (editor highlighters). */
    public void dispose() {
        leaveLesson();
        if (sandbox != null) {
            sandbox.dispose();
        }
        closeExerciseSession();
    }
}

package org.pgdrill.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pgdrill.app.SettingKey;
import org.pgdrill.app.Settings;
import org.pgdrill.app.TaskRunner;
import org.pgdrill.practice.server.ExternalServer;
import org.pgdrill.ui.common.ServerStatusModel;
import org.pgdrill.ui.common.Theme;

/** Settings the learner changes: the theme, which PostgreSQL to practise on. Every change is saved at once. */
public final class SettingsViewModel {
    private final Settings settings;
    private final TaskRunner tasks;
    private final ServerStatusModel server;
    private final ObjectProperty<Theme> theme;
    private final StringProperty databaseUrl;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public SettingsViewModel(Settings settings, TaskRunner tasks, ServerStatusModel server) {
        this.settings = settings;
        this.tasks = tasks;
        this.server = server;
        this.theme = new SimpleObjectProperty<>(Theme.fromSetting(settings.get(SettingKey.THEME)));
        this.databaseUrl = new SimpleStringProperty(settings.get(SettingKey.DATABASE_URL));
        theme.addListener((obs, old, chosen) -> {
            if (chosen != null && !chosen.settingValue().equals(settings.get(SettingKey.THEME))) {
                save(SettingKey.THEME, chosen.settingValue(), ignored -> { });
            }
        });
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public StringProperty databaseUrlProperty() {
        return databaseUrl;
    }

    /** What the last action did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Reads the theme again: an import may have brought the other one. */
    public void reload() {
        theme.set(Theme.fromSetting(settings.get(SettingKey.THEME)));
    }

    public ServerStatusModel server() {
        return server;
    }

    /** Saves the URL (blank = the embedded server) and switches PostgreSQL accordingly. */
    public void applyDatabase() {
        String url = databaseUrl.get() == null ? "" : databaseUrl.get().strip();
        if (!url.isEmpty() && !url.startsWith("jdbc:postgresql:")) {
            message.set("A PostgreSQL JDBC URL starts with jdbc:postgresql:// — e.g. jdbc:postgresql://localhost:5432/postgres?user=me&password=secret");
            return;
        }
        save(SettingKey.DATABASE_URL, url, ignored -> {
            message.set(url.isEmpty() ? "Using the embedded PostgreSQL." : "Using " + ExternalServer.redact(url) + ".");
            server.restart();
        });
    }

    public void useEmbedded() {
        databaseUrl.set("");
        applyDatabase();
    }

    private void save(SettingKey key, String value, Consumer<Object> then) {
        tasks.run("Saving settings", context -> {
            settings.put(key, value);
            return Boolean.TRUE;
        }, then, failure -> message.set("Could not save the setting: " + failure.getMessage()));
    }
}

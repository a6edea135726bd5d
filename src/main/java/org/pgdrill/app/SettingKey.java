package org.pgdrill.app;

/** Every setting pgdrill remembers, with its stored key and default. */
public enum SettingKey {
    THEME("ui.theme", "light"),
    WINDOW_X("window.x", ""),
    WINDOW_Y("window.y", ""),
    WINDOW_WIDTH("window.width", "1180"),
    WINDOW_HEIGHT("window.height", "760"),
    WINDOW_MAXIMIZED("window.maximized", "false"),
    DATABASE_URL("postgres.url", ""),
    LAST_SECTION("ui.section", "LIBRARY");

    private final String key;
    private final String defaultValue;

    SettingKey(String key, String defaultValue) {
        this.key = key;
        this.defaultValue = defaultValue;
    }

    public String key() {
        return key;
    }

    public String defaultValue() {
        return defaultValue;
    }
}

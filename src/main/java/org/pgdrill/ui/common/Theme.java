package org.pgdrill.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The two looks pgdrill offers; both are AtlantaFX palettes under the same pgdrill stylesheet. */
public enum Theme {
    LIGHT("Light", new PrimerLight()),
    DARK("Dark", new PrimerDark());

    private final String label;
    private final atlantafx.base.theme.Theme atlantaTheme;

    Theme(String label, atlantafx.base.theme.Theme atlantaTheme) {
        this.label = label;
        this.atlantaTheme = atlantaTheme;
    }

    public String label() {
        return label;
    }

    public boolean isDark() {
        return atlantaTheme.isDarkMode();
    }

    /** Makes this theme the look of every window of the application. */
    public void apply() {
        Application.setUserAgentStylesheet(atlantaTheme.getUserAgentStylesheet());
    }

    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Theme fromSetting(String value) {
        for (Theme theme : values()) {
            if (theme.settingValue().equalsIgnoreCase(value)) {
                return theme;
            }
        }
        return LIGHT;
    }

    @Override
    public String toString() {
        return label;
    }
}

package org.pgdrill.ui.settings;

import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.pgdrill.ui.common.CardBox;
import org.pgdrill.ui.common.Theme;

/** Light or dark. */
final class AppearanceCard {
    private AppearanceCard() {
    }

    static CardBox create(SettingsViewModel model) {
        ToggleGroup themes = new ToggleGroup();
        HBox choice = new HBox(8);
        for (Theme theme : Theme.values()) {
            ToggleButton button = new ToggleButton(theme.label());
            button.setId("theme-" + theme.settingValue());
            button.setUserData(theme);
            button.setToggleGroup(themes);
            button.setSelected(theme == model.themeProperty().get());
            choice.getChildren().add(button);
        }
        themes.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                model.themeProperty().set((Theme) selected.getUserData());
            }
        });
        model.themeProperty().addListener((obs, old, theme) -> themes.getToggles().stream()
                .filter(toggle -> toggle.getUserData() == theme).findFirst().ifPresent(toggle -> toggle.setSelected(true)));
        return new CardBox("Appearance", "Light or dark; remembered for next time.", choice);
    }
}

package org.pgdrill.ui.shell;

import org.pgdrill.ui.common.Section;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Which section the main window shows. */
public final class ShellViewModel {
    private final ReadOnlyObjectWrapper<Section> section;

    public ShellViewModel(Section initial) {
        this.section = new ReadOnlyObjectWrapper<>(initial);
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    public Section section() {
        return section.get();
    }

    public void select(Section target) {
        section.set(target);
    }
}

package org.pgdrill.progress.data;

/**
 * What an import did: rows added, rows replaced by a later change from the file, rows already there
 * (or newer here), and settings skipped because they belong to this machine.
 */
public record ImportReport(int added, int updated, int unchanged, int skippedSettings) {
    /** True if the import changed nothing: importing the same file twice gives this the second time. */
    public boolean changedNothing() {
        return added == 0 && updated == 0;
    }

    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + unchanged + " already up to date"
                + (skippedSettings > 0 ? ", " + skippedSettings + " machine-specific settings skipped" : "");
    }
}

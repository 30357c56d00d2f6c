package org.bilet.imports;

/** Where an import job is: waiting for the executor, reading rows, finished, or stopped by an error. */
public enum ImportState {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}

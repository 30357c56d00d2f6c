package org.bilet.desk;

import java.io.Serializable;

/** A saved filter as the queue page shows it: a name and the query string it stands for. */
public record SavedFilterInfo(long id, String name, String query) implements Serializable {
}

package org.bilet.platform;

import java.io.Serializable;
import java.util.List;

/** One page of a list, counted and cut in the database; pages start at 0. */
public record Page<T>(List<T> items, long total, int page, int size) implements Serializable {

    public static final int MAX_SIZE = 200;
}

package org.bilet.platform;

import java.util.List;

/** One page of a list, counted and cut in the database; pages start at 0. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;
}

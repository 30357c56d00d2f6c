package org.bilet.platform;

/** A count with its noun in the right number, for the service's English messages: "1 ticket", "3 tickets". */
public final class Counted {

    private Counted() {
    }

    public static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}

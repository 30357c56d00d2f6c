package org.bilet.tickets.conversations;

/**
 * How one ticket relates to another, as seen from the first: each type has an inverse the other
 * ticket shows (duplicate of / has duplicate, parent of / child of, related / related). A link is
 * stored once, in the direction of its {@link #stored()} type.
 */
public enum LinkType {
    RELATED, DUPLICATE_OF, HAS_DUPLICATE, PARENT_OF, CHILD_OF;

    /** The type the other ticket shows. */
    public LinkType inverse() {
        return switch (this) {
            case RELATED -> RELATED;
            case DUPLICATE_OF -> HAS_DUPLICATE;
            case HAS_DUPLICATE -> DUPLICATE_OF;
            case PARENT_OF -> CHILD_OF;
            case CHILD_OF -> PARENT_OF;
        };
    }

    /** Whether a link of this type is stored from the other ticket's side (as the inverse). */
    public boolean storedReversed() {
        return this == HAS_DUPLICATE || this == CHILD_OF;
    }

    /** The type stored in the row: RELATED, DUPLICATE_OF or PARENT_OF. */
    public LinkType stored() {
        return storedReversed() ? inverse() : this;
    }

    /** What this history value says from this ticket's side: "DUPLICATE_OF BIL-000123". */
    public String describe(String otherNumber) {
        return name() + " " + otherNumber;
    }
}

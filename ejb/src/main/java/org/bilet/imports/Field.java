package org.bilet.imports;

/**
 * The columns an import reads, in Bilet's terms; {@link ImportSource} says what each source's
 * export calls them. {@code required} columns must be in the header.
 */
public enum Field {
    // users
    USER_EMAIL("email", true),
    USER_LOGIN("login", false),
    USER_NAME("name", false),
    USER_FIRST_NAME("first name", false),
    USER_LAST_NAME("last name", false),
    USER_ORGANIZATION("organization", false),
    USER_ACTIVE("active", false),
    // tickets
    TICKET_ID("ticket id", true),
    TICKET_SUBJECT("subject", true),
    TICKET_STATUS("status", true),
    TICKET_PRIORITY("priority", false),
    TICKET_QUEUE("queue", false),
    TICKET_REQUESTER("requester e-mail", true),
    TICKET_OWNER("owner", false),
    TICKET_CREATED("created", true),
    TICKET_UPDATED("updated", false),
    TICKET_RESOLVED("resolved", false),
    // messages
    MESSAGE_TICKET("ticket id", true),
    MESSAGE_ID("message id", false),
    MESSAGE_CREATED("created", true),
    MESSAGE_AUTHOR("author e-mail", true),
    MESSAGE_BODY("body", true),
    MESSAGE_VISIBILITY("internal", false);

    private final String term;
    private final boolean required;

    Field(String term, boolean required) {
        this.term = term;
        this.required = required;
    }

    /** What Bilet calls the column in messages. */
    public String term() {
        return term;
    }

    public boolean required() {
        return required;
    }
}

package org.bilet.channels.mail;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/**
 * The incoming mail the current transaction takes in, if any: the mail Bilet writes in answer (the
 * acknowledgment of a ticket opened by mail) threads under the sender's own message, so their mail
 * client shows the two together.
 */
@TransactionScoped
public class AnsweredMail implements Serializable {

    private static final long serialVersionUID = 1L;

    private String messageId;

    /** Called by the intake before it opens the ticket; a message without a valid Message-ID is left out. */
    public void answering(String incomingMessageId) {
        this.messageId = MessageIds.isValid(incomingMessageId) ? incomingMessageId : null;
    }

    /** The Message-ID being answered, or null. */
    String messageId() {
        return messageId;
    }
}

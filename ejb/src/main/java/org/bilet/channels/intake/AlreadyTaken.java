package org.bilet.channels.intake;

import org.bilet.platform.ConflictException;

/** Another poll (another node, another mailbox) stored the same message first; this one rolls back. */
class AlreadyTaken extends ConflictException {

    AlreadyTaken() {
        super("This message is already stored.");
    }
}

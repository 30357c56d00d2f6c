package org.bilet.web.security;

/** The directory could not be asked: unreachable, too slow, or refusing Bilet's own search account. */
class DirectoryUnavailableException extends Exception {

    DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

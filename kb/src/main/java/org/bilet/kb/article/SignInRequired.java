package org.bilet.kb.article;

import org.bilet.platform.ForbiddenException;

/** An article that someone not signed in may not read, but a signed-in reader might: the API answers 401. */
public class SignInRequired extends ForbiddenException {

    public SignInRequired(long id) {
        super("Sign in to read article " + id + ".");
    }
}

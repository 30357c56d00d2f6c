package org.bilet.web.security;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token presented as "Authorization: Bearer bil_…". */
public record ApiTokenCredential(String token) implements Credential {
}

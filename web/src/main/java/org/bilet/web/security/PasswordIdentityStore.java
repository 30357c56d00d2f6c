package org.bilet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.bilet.people.PasswordPolicy;

/** Users and their roles come from Bilet's own tables; only active users may sign in. */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/BiletDS",
        callerQuery = "select password_hash from app_user where username = ? and active = true",
        groupsQuery = "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordPolicy.ALGORITHM, PasswordPolicy.ITERATIONS, PasswordPolicy.SALT_SIZE, PasswordPolicy.KEY_SIZE})
public class PasswordIdentityStore {
}

package org.bilet.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.bilet.people.PasswordPolicy;

/**
 * Users and their roles come from Bilet's own tables; only active users with a password of their
 * own may sign in here (directory accounts have none, see {@link LdapIdentityStore}).
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/BiletDS",
        callerQuery = "select password_hash from app_user where username = ? and active = true and password_hash is not null",
        groupsQuery = "select r.role from user_role r join app_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordPolicy.ALGORITHM, PasswordPolicy.ITERATIONS, PasswordPolicy.SALT_SIZE, PasswordPolicy.KEY_SIZE})
public class PasswordIdentityStore {
}

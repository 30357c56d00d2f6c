/**
 * Administration: the services behind the admin screens, for ADMIN only. They change people,
 * teams and the catalog through the entities' own methods and write an audit entry for every
 * change in the same transaction. They live apart from {@code people} and {@code catalog} because
 * refusing to remove something still in use means asking the tickets, which already depend on
 * those packages.
 */
package org.bilet.admin;

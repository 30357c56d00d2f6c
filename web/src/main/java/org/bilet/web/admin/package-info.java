/**
 * The administration screens under /admin (ADMIN only): thin view beans over the services of
 * {@code org.bilet.admin}, {@code org.bilet.replies} and {@code org.bilet.audit}. Refusals from
 * the services are shown at the field they concern; texts come from the {@code admin} bundle.
 */
package org.bilet.web.admin;

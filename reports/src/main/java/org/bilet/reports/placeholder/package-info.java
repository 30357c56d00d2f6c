/**
 * A stand-in that proves how reports joins the core: its entity is in the one persistence unit, its
 * table comes from reports's own first migration, and its service's validation reaches the API as
 * the core's does. Remove this package when reports's first real entity arrives (and drop
 * `reports_placeholder` in a migration).
 */
package org.bilet.reports.placeholder;

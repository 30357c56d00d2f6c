/**
 * A stand-in that proves how kb joins the core: its entity is in the one persistence unit, its
 * table comes from kb's own first migration, and its service's validation reaches the API as
 * the core's does. Remove this package when kb's first real entity arrives (and drop
 * `kb_placeholder` in a migration).
 */
package org.bilet.kb.placeholder;

/**
 * How tickets are classified, as administrators define it: the priority scale with its resolution
 * targets, the category tree with default teams, and typed custom fields.
 */
package org.bilet.catalog;

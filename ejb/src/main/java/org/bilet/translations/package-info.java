/**
 * What administrators name in other languages than the one they entered a name in: priorities,
 * categories, custom fields and their choices, canned responses, SLA policies, knowledge-base
 * categories. Each keeps its translations as one value ({@link Translations}) in a JSON column of its
 * own row, so they load and cache with the row and a list of fifty tickets costs no look-up more.
 */
package org.bilet.translations;

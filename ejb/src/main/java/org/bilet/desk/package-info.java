/**
 * The helpdesk workspace: what agents keep for themselves (saved filters, queue columns), queue
 * counts, and changes to many tickets at once.
 */
package org.bilet.desk;

/**
 * Automation rules: administrators say what Bilet does on its own when a ticket is opened, changed,
 * answered by its requester or warned about by the SLA watch, or when hours pass without an
 * update or in one status. Rules run in the transaction of the change that triggered them and
 * change tickets as Bilet through the ticket's own methods, so history and every other capability
 * see their changes; their own changes never trigger rules again.
 */
package org.bilet.automation;

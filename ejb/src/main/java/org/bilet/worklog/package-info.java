/**
 * The work staff put into tickets: time logged on a ticket ({@link org.bilet.worklog.TimeLog}) and,
 * for managers, each agent's workload ({@link org.bilet.worklog.Workload}: open tickets by
 * priority, at risk, taken today, time logged today and this week), counted by grouped queries in
 * the database, never by loading tickets.
 */
package org.bilet.worklog;

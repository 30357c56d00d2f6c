/**
 * Analytics: KPI queries over the ticket tables, CSAT surveys, JasperReports templates compiled at
 * build time, exports, and scheduled delivery of PDF reports to managers. Depends on the core only.
 */
package org.bilet.reports;

/**
 * The satisfaction survey's screens: the public page a resolution mail links to ({@code
 * /survey/<token>}, no sign-in: the token opens its one survey), and the form the portal's ticket
 * page shows its requester. Both answer through {@code org.bilet.reports.csat.Surveys}.
 */
package org.bilet.web.survey;

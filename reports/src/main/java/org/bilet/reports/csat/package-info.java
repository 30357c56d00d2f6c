/**
 * Customer satisfaction: when a ticket is resolved its requester is asked for a rating of 1 to 5
 * and a comment, in the portal and through a link in the resolution mail. One {@link
 * org.bilet.reports.csat.Survey} per ticket holds the rules (the link expires, an answer may change
 * for 7 days); {@link org.bilet.reports.csat.SurveyInvitations} asks in the resolution's
 * transaction and offers the link to the core's mail through its {@code ResolutionMailing} seam;
 * {@link org.bilet.reports.csat.Surveys} answers by token (no sign-in: the token is the proof) or
 * as the signed-in requester, and shows staff the rating. Only the token's SHA-256 is stored.
 */
package org.bilet.reports.csat;

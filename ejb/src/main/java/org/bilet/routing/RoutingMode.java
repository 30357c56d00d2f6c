package org.bilet.routing;

/** How a team hands out tickets that arrive without an assignee. */
public enum RoutingMode {
    /** Tickets wait in the team queue until an agent takes one. */
    MANUAL,
    /** Each available agent in turn. */
    ROUND_ROBIN,
    /** The available agent with the least open work, weighted by priority. */
    LEAST_LOADED,
    /** Least-loaded among the agents skilled in the ticket's category; among all when none is. */
    SKILL_BASED
}

/**
 * What every capability leans on: the schema migration at deployment, the producers of shared
 * resources (entity manager, clock, settings), who is acting and from where, and the exceptions
 * that the boundary turns into HTTP problems.
 */
package org.bilet.platform;

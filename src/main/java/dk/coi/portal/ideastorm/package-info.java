/**
 * Idea storms: time-boxed questions run by COI staff, each an ordered list of phases (open, voting, evaluation …)
 * whose switches say what participants may do, changing by themselves at their time on the server clock.
 */
package dk.coi.portal.ideastorm;

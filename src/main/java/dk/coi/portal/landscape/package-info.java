/**
 * The innovation landscape: cases of public innovation registered by the workplaces themselves, qualified by their
 * effect, process, conditions and documentation with an evidence level and structured results, reviewed by COI staff
 * before they are published, and versioned with their named authors (decision 014).
 */
package dk.coi.portal.landscape;

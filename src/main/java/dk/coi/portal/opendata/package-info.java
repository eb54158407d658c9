/**
 * Open data: the public, read-only REST API under {@code /api/v1} (published cases with the catalogue's filters,
 * adoptions, the register of organisations), downloads of a catalogue search as CSV and JSON, and the OpenAPI
 * document at {@code /v3/api-docs} (decision 019). It reads through the landscape's and the register's APIs only and
 * shows no personal data.
 */
package dk.coi.portal.opendata;

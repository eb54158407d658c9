package dk.coi.portal.landscape.web;

import dk.coi.portal.shared.TextDiff;

/** A case's field changed between two versions, as its history page shows it: its label key, the words' difference. */
public record ShownField(String labelKey, TextDiff.Shown shown) {
}

package dk.coi.portal.opendata;

import java.time.Instant;
import java.util.Optional;

/** What the page about the open data says of the dataset itself: when its cases last changed (empty while none is published). */
public record OpenDataset(Optional<Instant> lastChange) {
}

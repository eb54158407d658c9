package dk.coi.portal.ideastorm;

import java.util.List;

/** The storm list, grouped: open ones by their end, coming ones by their start, concluded ones latest first. */
public record StormList(List<StormSummary> open, List<StormSummary> coming, List<StormSummary> concluded) {
}

package dk.coi.portal.landscape;

import java.util.List;

/** A page of the reuses of published cases and how many there are in all. */
public record PublishedAdoptions(List<PublishedAdoption> adoptions, long total) {

    public PublishedAdoptions {
        adoptions = List.copyOf(adoptions);
    }
}

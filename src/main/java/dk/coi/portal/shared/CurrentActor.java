package dk.coi.portal.shared;

import java.util.Optional;

/**
 * Who is acting in this thread, for code below the modules that must not know about people (the revision
 * listener): the signed-in person, or the portal's system identity running a background job. Implemented by
 * the identity module.
 */
public interface CurrentActor {

    /** The signed-in person's id, if a person is signed in. */
    Optional<Long> personId();

    /** True when a background job runs as the portal's system identity. */
    boolean isSystem();
}

package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.Role;
import java.util.Set;

/**
 * Who the identity provider says signed in: its subject, name, e-mail (and whether it vouches for it, the
 * {@code email_verified} claim), workplace (the {@code workplace} claim) and the portal roles it grants.
 */
record OidcIdentity(String subject, String name, String email, boolean emailVerified, String workplace,
                    Set<Role> roles) {
}

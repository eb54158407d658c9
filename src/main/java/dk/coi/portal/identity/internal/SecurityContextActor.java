package dk.coi.portal.identity.internal;

import dk.coi.portal.identity.PortalPrincipal;
import dk.coi.portal.identity.SystemIdentity;
import dk.coi.portal.shared.CurrentActor;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** The actor of this thread as Spring Security knows it: a signed-in person, or the system identity of a job. */
@Component
class SecurityContextActor implements CurrentActor {

    private final SecurityContextHolderStrategy securityContext;

    SecurityContextActor(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    @Override
    public Optional<Long> personId() {
        return authentication().map(Authentication::getPrincipal)
                .filter(PortalPrincipal.class::isInstance)
                .map(principal -> ((PortalPrincipal) principal).personId());
    }

    @Override
    public boolean isSystem() {
        return authentication().stream().flatMap(authentication -> authentication.getAuthorities().stream())
                .anyMatch(authority -> SystemIdentity.AUTHORITY.equals(authority.getAuthority()));
    }

    private Optional<Authentication> authentication() {
        return Optional.ofNullable(securityContext.getContext().getAuthentication());
    }
}

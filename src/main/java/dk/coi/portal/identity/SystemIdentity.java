package dk.coi.portal.identity;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The identity background jobs act under (mail delivery, digests, phase changes): not a person, so no
 * person's rights are borrowed and method security stays on; services open a job's methods to it with
 * {@code @PreAuthorize("hasAuthority('" + SystemIdentity.AUTHORITY + "')")}.
 */
@Component
public class SystemIdentity {

    public static final String AUTHORITY = "SYSTEM";

    private final SecurityContextHolderStrategy securityContext;

    SystemIdentity(SecurityContextHolderStrategy securityContext) {
        this.securityContext = securityContext;
    }

    /** Runs the job as the system, then restores whatever context the thread had. */
    public <T> T call(String job, Supplier<T> work) {
        SecurityContext previous = securityContext.getContext();
        SecurityContext system = securityContext.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system:" + job, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        securityContext.setContext(system);
        try {
            return work.get();
        } finally {
            securityContext.setContext(previous);
        }
    }

    public void run(String job, Runnable work) {
        call(job, () -> {
            work.run();
            return null;
        });
    }
}

package dk.coi.portal.identity;

/** Implemented by every principal the portal signs in, local or OIDC, so code finds the person row. */
public interface PortalPrincipal {

    long personId();

    String displayName();
}

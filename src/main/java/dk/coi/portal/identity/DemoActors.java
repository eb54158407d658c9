package dk.coi.portal.identity;

/**
 * Lets the demo content act as one of the named demo people (a staff member merging two ideas, a citizen reporting a
 * comment), so that what the demo shows went through the services' own rules, log lines and events. A bean only
 * where {@code portal.demo-data.enabled} is on, acting for the demo accounts alone, and called only by start-up
 * runners: no request reaches it.
 */
public interface DemoActors {

    /** Runs {@code work} signed in as the demo account with this e-mail address, then restores the thread's context. */
    void runAs(String demoEmail, Runnable work);
}

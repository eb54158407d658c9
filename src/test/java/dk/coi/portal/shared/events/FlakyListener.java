package dk.coi.portal.shared.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A module listener that fails while told to, for {@link EventBackboneTest}; scanned as a component so the
 * test shares the one application context of the other tests. It reacts only to the test's own event type.
 */
@Component
class FlakyListener {

    private final AtomicBoolean failing = new AtomicBoolean(true);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<String> failed = new CopyOnWriteArrayList<>();

    // Methods, not fields, for the test: the bean it gets is a proxy (the listener is asynchronous).
    void failFromNowOn(boolean fail) {
        failing.set(fail);
    }

    boolean failedOn(String text) {
        return failed.contains(text);
    }

    boolean received(String text) {
        return received.contains(text);
    }

    @ApplicationModuleListener
    void on(TestPing ping) {
        if (failing.get()) {
            failed.add(ping.text());
            throw new IllegalStateException("The listener is down");
        }
        received.add(ping.text());
    }

    /** An event no production code publishes. */
    record TestPing(String text) {
    }
}

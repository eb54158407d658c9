package dk.coi.portal.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Two portal nodes running the same job at the same moment, as two threads let go together. */
public final class TwoNodes {

    private TwoNodes() {
    }

    /** Runs {@code job} on two threads at once and waits (two minutes at most) for both, rethrowing what failed. */
    public static void runTogether(Callable<?> job) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(nodes.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return job.call();
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
        } finally {
            nodes.shutdownNow();
        }
    }
}

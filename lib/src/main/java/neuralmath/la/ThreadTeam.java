package neuralmath.la;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * The calling thread and a few helper threads that run the parts of one product together, for the products of a
 * training step, which take a tenth of a millisecond each. A thread pool hands work over in tens of microseconds,
 * because its threads sleep between tasks; these helpers instead spin for {@link #SPIN_NANOS} after each task,
 * waiting for the next, and only then sleep. The parts must be independent: which thread runs which part changes
 * from run to run, so no result may depend on it. A part must not call {@link #run} itself: the caller holds the
 * team until its round is done.
 */
final class ThreadTeam {

    /** How long a helper keeps spinning for the next task before it sleeps. */
    private static final long SPIN_NANOS = 50_000;

    private final Thread[] helpers;
    private volatile Round current;

    /** A team of the calling thread and {@code helpers} helper threads (daemons, started now). */
    ThreadTeam(int helpers) {
        this.helpers = new Thread[helpers];
        for (int h = 0; h < helpers; h++) {
            Thread t = new Thread(this::help, "neural-math-kernels-" + (h + 1));
            t.setDaemon(true);
            this.helpers[h] = t;
            t.start();
        }
    }

    /** Runs {@code work} for parts 0..count−1, on this thread and the helpers; returns when all are done. */
    synchronized void run(int count, IntConsumer work) {
        Round round = new Round(work, count);
        current = round;
        for (Thread h : helpers) {
            LockSupport.unpark(h);
        }
        runParts(round);
        while (round.done.get() < count) {
            Thread.onSpinWait();
        }
        Throwable f = round.failure;
        if (f != null) {
            throw new IllegalStateException("matrix product failed on a helper thread: " + f, f);
        }
    }

    /**
     * Claims parts of {@code round} until none are left. Each round counts its own claims, so a helper that comes
     * late to a round finds it used up and cannot take a part of the next.
     */
    private static void runParts(Round round) {
        for (int i = round.next.getAndIncrement(); i < round.parts; i = round.next.getAndIncrement()) {
            try {
                round.task.accept(i);
            } catch (Throwable t) {
                round.failure = t;
            } finally {
                round.done.incrementAndGet();
            }
        }
    }

    private void help() {
        Round seen = null;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            while (current == seen) {
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = current;
            runParts(seen);
        }
    }

    /** One call of {@link #run}: its work, and how many of its parts are claimed and done. */
    private static final class Round {
        final IntConsumer task;
        final int parts;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        volatile Throwable failure;

        Round(IntConsumer task, int parts) {
            this.task = task;
            this.parts = parts;
        }
    }
}

package io.github.mlgate.data.stream;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one data gate run, which cast and profile cells: one per core, started with the run and stopped
 * when it ends, so nothing of a run (threads, or profiles they hold) outlives it, even in a long-lived Maven daemon.
 */
public final class Workers implements AutoCloseable {

    private static final AtomicInteger RUNS = new AtomicInteger();

    private final ExecutorService pool;
    private final List<Thread> threads;
    private final int size;

    private Workers(ExecutorService pool, List<Thread> threads, int size) {
        this.pool = pool;
        this.threads = threads;
        this.size = size;
    }

    /**
     * Starts the workers of a run.
     *
     * @return the workers; close them when the run ends
     */
    public static Workers start() {
        int run = RUNS.incrementAndGet();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        int size = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(size, task -> {
            Thread worker = new Thread(task, "mlgate-data-" + run + "-" + (threads.size() + 1));
            // Daemon threads, so that a build that is stopped is never kept alive by them.
            worker.setDaemon(true);
            threads.add(worker);
            return worker;
        });
        return new Workers(pool, threads, size);
    }

    /** How many threads there are. */
    int count() {
        return size;
    }

    /**
     * The pool that runs the work.
     *
     * @return the pool
     */
    ExecutorService pool() {
        return pool;
    }

    /**
     * Stops the workers and waits until every thread has ended: a terminated pool may still have threads on their
     * way out, so each is joined.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = false;
        for (Thread thread : threads) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

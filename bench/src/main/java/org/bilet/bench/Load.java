package org.bilet.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs an operation from C threads: first a warm-up that is not counted (the server's JIT, pools
 * and caches settle), then the measured operations, shared out as the threads come free, so that
 * the throughput is the whole count over the whole wall time.
 */
final class Load {

    /** One thread's state (a connection, for instance) and the operation it repeats. */
    interface Worker extends AutoCloseable {
        void once() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    record Result(int concurrency, int count, double seconds, Latencies latencies, int errors, String firstError) {
        double perSecond() {
            return (count - errors) / seconds;
        }
    }

    private Load() {
    }

    static Result run(int concurrency, int warmup, int count, Callable<Worker> newWorker) throws Exception {
        var workers = new ArrayList<Worker>();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            for (int i = 0; i < concurrency; i++) {
                workers.add(newWorker.call());
            }
            if (warmup > 0) {
                phase(pool, workers, warmup);
            }
            return phase(pool, workers, count);
        } finally {
            pool.shutdownNow();
            for (var worker : workers) {
                worker.close();
            }
        }
    }

    private static Result phase(ExecutorService pool, List<Worker> workers, int count) throws Exception {
        var next = new AtomicInteger();
        var errors = new AtomicInteger();
        var firstError = new AtomicReference<String>();
        int maxErrors = Math.max(20, count / 10);
        var futures = new ArrayList<Future<Latencies>>();
        long start = System.nanoTime();
        for (var worker : workers) {
            futures.add(pool.submit(() -> {
                var latencies = new Latencies();
                while (next.getAndIncrement() < count && errors.get() < maxErrors) {
                    long t0 = System.nanoTime();
                    try {
                        worker.once();
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }
                return latencies;
            }));
        }
        var all = new Latencies();
        for (var f : futures) {
            all.addAll(f.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (errors.get() >= maxErrors) {
            throw new IllegalStateException("Stopped after " + errors.get() + " failures; the first: " + firstError.get());
        }
        return new Result(workers.size(), all.count() + errors.get(), seconds, all, errors.get(), firstError.get());
    }
}

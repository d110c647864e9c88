package uk.ehcexchange.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * CPU time per operation, measured with the thread's CPU clock, for machines shared with other work, where that
 * work inflates JMH's wall-clock throughput far more than it inflates CPU time. Each operation runs for a warm-up
 * and then a measured period of wall time; the table gives both CPU and wall milliseconds per operation.
 * Not a JMH benchmark (no forks, no statistics): a rough breakdown of where the time goes.
 */
final class CpuTime {

    private CpuTime() {
    }

    static void print(Map<String, Callable<Object>> operations, long warmUpNanos, long measuredNanos) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf("%-45s %8s %14s %12s%n", "operation", "ops", "CPU ms/op", "wall ms/op");
        for (Map.Entry<String, Callable<Object>> operation : operations.entrySet()) {
            Callable<Object> call = operation.getValue();
            long warmUpEnd = System.nanoTime() + warmUpNanos;
            while (System.nanoTime() < warmUpEnd) {
                require(call.call());
            }
            int count = 0;
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            while (System.nanoTime() - wallStart < measuredNanos) {
                require(call.call());
                count++;
            }
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            long wall = System.nanoTime() - wallStart;
            System.out.printf("%-45s %8d %14.3f %12.3f%n", operation.getKey(), count, cpu / 1e6 / count,
                    wall / 1e6 / count);
        }
    }

    private static void require(Object result) {
        if (result == null) {
            throw new IllegalStateException("an operation returned nothing");
        }
    }
}

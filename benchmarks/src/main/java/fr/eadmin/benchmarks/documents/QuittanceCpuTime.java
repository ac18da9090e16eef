package fr.eadmin.benchmarks.documents;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The three contenders of {@link QuittanceBenchmark} measured by the CPU time of the measuring thread rather
 * than by the wall clock, in interleaved rounds: on a machine shared with other work, the wall clock counts the
 * time the thread waits for a core, and the load changes between JMH's successive benchmarks; CPU time does
 * not. Run: {@code java -cp benchmarks/target/benchmarks.jar fr.eadmin.benchmarks.documents.QuittanceCpuTime}.
 */
public final class QuittanceCpuTime {
    private QuittanceCpuTime() {}

    /**
     * Warms up, then prints ten rounds and their median.
     *
     * @param args ignored
     * @throws Exception if a contender fails
     */
    public static void main(String[] args) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        QuittanceBenchmark benchmark = new QuittanceBenchmark();
        benchmark.setUp();
        for (int i = 0; i < 300; i++) {
            benchmark.eadmin();
            benchmark.pdfboxFloor();
            benchmark.openhtmltopdf();
        }
        int rounds = 10;
        double[][] ms = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 200; i++) {
                benchmark.eadmin();
            }
            long t1 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 200; i++) {
                benchmark.pdfboxFloor();
            }
            long t2 = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < 50; i++) {
                benchmark.openhtmltopdf();
            }
            long t3 = threads.getCurrentThreadCpuTime();
            ms[0][round] = (t1 - t0) / 200e6;
            ms[1][round] = (t2 - t1) / 200e6;
            ms[2][round] = (t3 - t2) / 50e6;
            print("round " + (round + 1), ms[0][round], ms[1][round], ms[2][round]);
        }
        for (double[] contender : ms) {
            java.util.Arrays.sort(contender);
        }
        print("median", ms[0][rounds / 2], ms[1][rounds / 2], ms[2][rounds / 2]);
    }

    private static void print(String label, double eadmin, double floor, double openhtmltopdf) {
        System.out.println(String.format(
                Locale.ROOT,
                "%-8s CPU ms/op: e-admin %.3f, PDFBox floor %.3f, openhtmltopdf %.3f;"
                        + " e-admin/floor %.2f, openhtmltopdf/e-admin %.2f",
                label,
                eadmin,
                floor,
                openhtmltopdf,
                eadmin / floor,
                openhtmltopdf / eadmin));
    }
}

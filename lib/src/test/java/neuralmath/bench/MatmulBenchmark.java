package neuralmath.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Random;
import neuralmath.la.Kernels;
import neuralmath.la.MatrixKernels;

/**
 * Matrix product C = A·B of n×n matrices on the active kernels, in GFLOP/s (2n³ floating-point operations per
 * product). For each size: products for about a second to warm up, then {@code repeats} timed rounds of about
 * half a second; prints the best and the median round, one line per size, like {@code bench/matmul_numpy.py}.
 * It also prints the median rate by the CPU time of the calling thread: on one thread, on a machine shared with
 * other work, that is the rate the kernels reach while they have a core.
 *
 * <p>usage: {@code MatmulBenchmark [REPEATS] [SIZES...]}, default 5 rounds of 64 256 512 1024. Choose the path
 * and the threads with {@code -Dneuralmath.kernels=plain} and {@code -Dneuralmath.threads=1}.
 */
public final class MatmulBenchmark {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MatmulBenchmark() {
    }

    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int[] sizes = {64, 256, 512, 1024};
        if (args.length > 1) {
            sizes = new int[args.length - 1];
            for (int i = 1; i < args.length; i++) {
                sizes[i - 1] = Integer.parseInt(args[i]);
            }
        }
        MatrixKernels kernels = Kernels.active();
        for (int n : sizes) {
            Random random = new Random(n);
            double[] a = new double[n * n];
            double[] b = new double[n * n];
            double[] c = new double[n * n];
            for (int i = 0; i < n * n; i++) {
                a[i] = random.nextGaussian();
                b[i] = random.nextGaussian();
            }
            double flops = 2.0 * n * n * n;
            int perRound = (int) Math.max(1, 1.5e10 / flops / 30);
            round(kernels, a, b, c, n, perRound * 2);
            double[] gflops = new double[repeats];
            double[] cpuGflops = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long cpuStart = CPU.getCurrentThreadCpuTime();
                gflops[r] = flops * perRound / round(kernels, a, b, c, n, perRound) / 1e9;
                cpuGflops[r] = flops * perRound / (CPU.getCurrentThreadCpuTime() - cpuStart);
            }
            Arrays.sort(gflops);
            Arrays.sort(cpuGflops);
            System.out.printf("matmul n=%d best_gflops=%.1f median_gflops=%.1f cpu_gflops=%.1f (%s)%n", n,
                    gflops[repeats - 1], gflops[repeats / 2], cpuGflops[repeats / 2], Kernels.description());
        }
    }

    /** Seconds for {@code count} products. */
    private static double round(MatrixKernels kernels, double[] a, double[] b, double[] c, int n, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            kernels.multiply(a, b, c, n, n, n);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}

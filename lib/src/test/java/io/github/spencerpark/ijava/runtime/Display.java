package io.github.spencerpark.ijava.runtime;

import java.util.ArrayList;
import java.util.List;

/** Stands in for IJava 1.3.0's {@code runtime.Display}: same static signatures, recording what it was sent. */
public final class Display {

    public static final List<String> CALLS = new ArrayList<>();

    private Display() {
    }

    public static String display(Object o) {
        CALLS.add("display " + o);
        return "ijava-id";
    }

    public static void updateDisplay(String id, Object o) {
        CALLS.add("update " + id + " " + o);
    }
}

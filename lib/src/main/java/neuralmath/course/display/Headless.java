package neuralmath.course.display;

/** Keeps Java's graphics headless: pictures are drawn into memory, and nothing ever opens a window. */
public final class Headless {

    private Headless() {
    }

    /**
     * Sets {@code java.awt.headless=true} unless someone chose a value already. It must run before AWT starts,
     * so every class of the library that draws calls it from its static initializer.
     */
    public static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}

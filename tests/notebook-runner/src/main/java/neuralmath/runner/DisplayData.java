package neuralmath.runner;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A MIME bundle: what {@code render(...)} returns in a cell, and what a display or a result becomes in the notebook.
 *
 * <p>Its methods have the names and parameters of the {@code DisplayData} classes of IJava
 * ({@code io.github.spencerpark.jupyter.kernel.display}) and JJava ({@code org.dflib.jjava.jupyter.kernel.display}),
 * so that a cell such as {@code var d = render(x); d.putHTML("<b>x</b>"); d} runs in the kernels and here. A cell
 * that names the type itself runs in none of them but one, since each kernel has its own package.
 */
public class DisplayData {

    private final Map<String, Object> data = new LinkedHashMap<>();
    private final Map<String, Object> metadata = new LinkedHashMap<>();
    private String displayId;

    public DisplayData() {
    }

    public DisplayData(String text) {
        putText(text);
    }

    public void putData(String mimeType, Object value) {
        data.put(mimeType, value);
    }

    public void putMetaData(String key, Object value) {
        metadata.put(key, value);
    }

    public void putText(String text) {
        putData("text/plain", text);
    }

    public void putHTML(String html) {
        putData("text/html", html);
    }

    public void putLatex(String latex) {
        putData("text/latex", latex);
    }

    /** LaTeX maths without the {@code $$} around it. */
    public void putMath(String math) {
        putLatex("$$" + math + "$$");
    }

    public void putMarkdown(String markdown) {
        putData("text/markdown", markdown);
    }

    public void putJavaScript(String javascript) {
        putData("application/javascript", javascript);
    }

    public void putJSON(String json) {
        putData("application/json", json);
    }

    public void putJSON(String json, boolean expanded) {
        putJSON(json);
        putMetaData("expanded", expanded);
    }

    public void putSVG(String svg) {
        putData("image/svg+xml", svg);
    }

    public boolean hasDataForType(String mimeType) {
        return data.containsKey(mimeType);
    }

    public DisplayData setDisplayId(String id) {
        displayId = id;
        return this;
    }

    public boolean hasDisplayId() {
        return displayId != null;
    }

    public String getDisplayId() {
        return displayId;
    }

    /** The bundle's data by MIME type, in the order it was put. */
    public Map<String, Object> data() {
        return Collections.unmodifiableMap(data);
    }

    /** The bundle's metadata. */
    public Map<String, Object> metadata() {
        return Collections.unmodifiableMap(metadata);
    }
}

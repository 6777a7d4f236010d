package neuralmath.runner;

import neuralmath.notebook.Notebook;
import javax.imageio.ImageIO;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import neuralmath.course.display.HtmlRenderable;

/**
 * Turns an object into a {@link DisplayData} exactly as the renderer IJava and JJava share (from
 * jupyter-jvm-basekernel) does with the render functions both register by default:
 *
 * <ul>
 *   <li>a {@link RenderedImage} (such as a {@code BufferedImage}) becomes {@code image/png}, base64-encoded, and
 *       can be asked for as {@code image/jpeg} or {@code image/gif};</li>
 *   <li>an {@link InputStream} is read as an image and shown the same way;</li>
 *   <li>a {@link CharSequence} is {@code text/plain}, and becomes {@code text/html}, {@code text/markdown},
 *       {@code text/latex}, {@code image/svg+xml}, {@code application/javascript}, {@code text/css} or
 *       {@code application/json} only when that type is asked for, as in {@code display(html, "text/html")};</li>
 *   <li>a {@link HtmlRenderable} (the course library's tables) becomes {@code text/html} from {@code toHtml()}: in IJava and
 *       JJava the library registers that render function with the kernel's renderer itself when it loads
 *       ({@link neuralmath.course.display.NotebookDisplay#enableHtml()}); here it is built in;</li>
 *   <li>every object also gets {@code text/plain}: {@code String.valueOf(object)}.</li>
 * </ul>
 *
 * <p>Nothing else is consulted: neither kernel looks at an object's own methods, so the runner does not either, and
 * a notebook that shows well here shows the same in the kernels. The kernels' render functions for
 * {@code java.net.URL} (a link) and their extension points ({@code DisplayDataRenderable}) are not mirrored.
 *
 * <p>One deliberate difference: the kernels never close the base64 stream an image is written to, which drops the
 * last one or two bytes of the PNG; the runner writes the whole image.
 */
final class Renderer {

    static final String TEXT = "text/plain";
    private static final List<String> IMAGE_TYPES = List.of("image/png", "image/jpeg", "image/gif");
    private static final List<String> TEXT_TYPES = List.of("application/javascript", TEXT, "text/markdown",
            "text/latex", "text/html", "text/css", "image/svg+xml", "application/json");

    private Renderer() {
    }

    /** The object in its preferred types: an image as PNG, a library table as HTML, anything else as text. */
    static DisplayData render(Object value) {
        Objects.requireNonNull(value, "cannot render null");
        if (value instanceof HtmlRenderable) {
            DisplayData out = new DisplayData();
            out.putData("text/html", ((HtmlRenderable) value).toHtml());
            out.putText(String.valueOf(value));
            return out;
        }
        return renderAs(value, value instanceof RenderedImage || value instanceof InputStream
                ? List.of("image/png") : List.of());
    }

    /** The object in the MIME types asked for ({@code *}{@code /*} and {@code image/*} are understood) and as text. */
    static DisplayData renderAs(Object value, List<String> types) {
        Objects.requireNonNull(value, "cannot render null");
        Set<String> requested = new LinkedHashSet<>();
        requested.add(TEXT);
        requested.addAll(types);
        DisplayData out = new DisplayData();
        if (value instanceof RenderedImage || value instanceof InputStream) {
            RenderedImage image = value instanceof RenderedImage ? (RenderedImage) value : read((InputStream) value);
            for (String type : IMAGE_TYPES) {
                if (isRequested(type, requested)) {
                    out.putData(type, base64(image, type.substring("image/".length())));
                }
            }
        } else if (value instanceof CharSequence) {
            for (String type : TEXT_TYPES) {
                if (isRequested(type, requested)) {
                    out.putData(type, value.toString());
                }
            }
        }
        if (!out.hasDataForType(TEXT)) {
            out.putText(String.valueOf(value));
        }
        return out;
    }

    /** A cell's last value: a {@link DisplayData} stands for itself, anything else is rendered. */
    static DisplayData renderResult(Object value) {
        return value instanceof DisplayData ? (DisplayData) value : render(value);
    }

    private static boolean isRequested(String type, Set<String> requested) {
        String group = type.substring(0, type.indexOf('/'));
        return requested.contains(type) || requested.contains("*/*") || requested.contains("*")
                || requested.contains(group + "/*") || requested.contains(group);
    }

    private static RenderedImage read(InputStream stream) {
        try {
            RenderedImage image = ImageIO.read(stream);
            if (image == null) {
                throw new IllegalArgumentException("the stream to display holds no image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the image to display: " + e.getMessage(), e);
        }
    }

    private static String base64(RenderedImage image, String format) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream encoded = Base64.getEncoder().wrap(bytes)) {
            if (!ImageIO.write(image, format, encoded)) {
                throw new IllegalArgumentException("ImageIO cannot write this " + image.getClass().getSimpleName()
                        + " as " + format + " (JPEG, for one, takes no transparency)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the image as " + format + ": " + e.getMessage(), e);
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}

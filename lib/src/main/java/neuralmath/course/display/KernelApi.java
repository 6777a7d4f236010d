package neuralmath.course.display;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The display API of one Jupyter kernel for Java, reached by reflection: the library neither compiles nor runs
 * against a kernel, it only uses one when it finds it running.
 *
 * <p>IJava 1.3.0 and JJava 1.0 share their design (JJava is IJava's fork): a static method returns the running
 * kernel, whose {@code getRenderer()} maps Java types to MIME types, and a class of static notebook functions offers
 * {@code display(Object)} and {@code updateDisplay(String, Object)}.
 */
final class KernelApi implements DisplaySink {

    static final KernelApi IJAVA = new KernelApi("IJava",
            "io.github.spencerpark.ijava.IJava", "getKernelInstance",
            "io.github.spencerpark.ijava.runtime.Display",
            "io.github.spencerpark.jupyter.kernel.display.RenderFunction");

    static final KernelApi JJAVA = new KernelApi("JJava",
            "org.dflib.jjava.jupyter.kernel.BaseKernel", "notebookKernel",
            "org.dflib.jjava.jupyter.kernel.BaseNotebookStatics",
            "org.dflib.jjava.jupyter.kernel.display.RenderFunction");

    private final String name;
    private final String kernelClass;
    private final String kernelGetter;
    private final String staticsClass;
    private final String renderFunctionClass;

    private KernelApi(String name, String kernelClass, String kernelGetter, String staticsClass,
                      String renderFunctionClass) {
        this.name = name;
        this.kernelClass = kernelClass;
        this.kernelGetter = kernelGetter;
        this.staticsClass = staticsClass;
        this.renderFunctionClass = renderFunctionClass;
    }

    /** The running kernel object, or null when this kernel is not the one running this JVM. */
    Object kernel() {
        try {
            return load(kernelClass).getMethod(kernelGetter).invoke(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null; // not on the class path, or (JJava) no kernel started: both mean "not this kernel"
        }
    }

    @Override
    public String display(Object value) {
        return (String) callStatic("display", new Class<?>[] {Object.class}, value);
    }

    @Override
    public void updateDisplay(String id, Object value) {
        callStatic("updateDisplay", new Class<?>[] {String.class, Object.class}, id, value);
    }

    /**
     * Tells the kernel's renderer to show every {@link HtmlRenderable} object as {@code text/html}, through its own API:
     * {@code renderer.createRegistration(HtmlRenderable.class).preferring("text/html").register(function)}.
     */
    void registerHtml(Object kernel) throws ReflectiveOperationException {
        Object renderer = kernel.getClass().getMethod("getRenderer").invoke(kernel);
        Object registration = renderer.getClass().getMethod("createRegistration", Class.class)
                .invoke(renderer, HtmlRenderable.class);
        registration.getClass().getMethod("preferring", String[].class)
                .invoke(registration, (Object) new String[] {"text/html"});
        Class<?> functionType = load(renderFunctionClass);
        Object function = Proxy.newProxyInstance(functionType.getClassLoader(), new Class<?>[] {functionType},
                KernelApi::renderHtml);
        registration.getClass().getMethod("register", functionType).invoke(registration, function);
    }

    /** The kernel's {@code RenderFunction.render(data, context)}: puts the HTML into the context's output. */
    private static Object renderHtml(Object proxy, Method method, Object[] args) throws ReflectiveOperationException {
        switch (method.getName()) {
            case "render":
                Object out = args[1].getClass().getMethod("getOutputContainer").invoke(args[1]);
                out.getClass().getMethod("putHTML", String.class).invoke(out, ((HtmlRenderable) args[0]).toHtml());
                return null;
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            case "toString":
                return "neural-math HTML renderer";
            default:
                throw new UnsupportedOperationException(method.getName());
        }
    }

    private Object callStatic(String method, Class<?>[] types, Object... args) {
        try {
            return load(staticsClass).getMethod(method, types).invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(name + " " + method + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException(name + " has no usable " + staticsClass + "." + method + ": " + e, e);
        }
    }

    /** Loads a kernel class through the loader that loaded the library, else the thread's context loader. */
    private static Class<?> load(String className) throws ClassNotFoundException {
        try {
            return Class.forName(className, true, KernelApi.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            if (context == null) {
                throw e;
            }
            return Class.forName(className, true, context);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}

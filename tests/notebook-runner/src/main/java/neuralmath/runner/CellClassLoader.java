package neuralmath.runner;

import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;
import jdk.jshell.execution.LoaderDelegate;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the classes JShell compiles from cells, rewritten by {@link CellBytecode}, and the jars that {@code %jars}
 * and {@code %classpath} add. Its parent is the class loader of the runner, so the library and its dependencies on
 * the runner's class path are seen by every cell, as JShell's own local execution engine does it.
 */
final class CellClassLoader extends URLClassLoader implements LoaderDelegate {

    static {
        ClassLoader.registerAsParallelCapable();
    }

    private final Map<String, byte[]> declared = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> loaded = new ConcurrentHashMap<>();

    CellClassLoader(ClassLoader parent) {
        super("notebook-cells", new URL[0], parent);
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        // All must be known before any is defined: a class may refer to one that comes after it (JJava issue 65).
        for (ClassBytecodes c : classes) {
            declared.put(c.name(), CellBytecode.rewrite(c.bytecodes()));
        }
        boolean[] installed = new boolean[classes.length];
        for (int i = 0; i < classes.length; i++) {
            try {
                loaded.put(classes[i].name(), define(classes[i].name()));
            } catch (LinkageError e) {
                throw new ClassInstallException("cannot load cell class " + classes[i].name() + ": " + e, installed);
            }
            installed[i] = true;
        }
    }

    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
        for (ClassBytecodes c : classes) {
            declared.put(c.name(), CellBytecode.rewrite(c.bytecodes()));
        }
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        for (String entry : path.split(File.pathSeparator)) {
            try {
                addURL(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new InternalException("cannot add " + entry + " to the class path: " + e.getMessage());
            }
        }
    }

    /** A class JShell installed earlier, a cell class being resolved, or a class from an added jar. */
    @Override
    public Class<?> findClass(String name) throws ClassNotFoundException {
        Class<?> installed = loaded.get(name);
        if (installed != null) {
            return installed;
        }
        if (declared.containsKey(name)) {
            return define(name);
        }
        return super.findClass(name);
    }

    private Class<?> define(String name) {
        synchronized (getClassLoadingLock(name)) {
            Class<?> earlier = findLoadedClass(name);
            if (earlier != null && !loaded.containsKey(name)) {
                return earlier; // defined a moment ago, while another class of the same batch was resolved
            }
            byte[] bytes = declared.get(name);
            return defineClass(name, bytes, 0, bytes.length, (CodeSource) null);
        }
    }
}

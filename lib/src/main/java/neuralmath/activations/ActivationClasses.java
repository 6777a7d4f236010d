package neuralmath.activations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The activations a model file can name: every public class of this package that implements {@link Activation},
 * found where the class loader keeps the package (a folder or a jar), so that adding an activation is adding its
 * class and nothing else. A name finds the class whose simple name it is, ignoring case and spaces ("leaky relu"
 * finds {@code LeakyReLU}); the class's public constructor takes its {@link Activation#parameters()} by name.
 */
final class ActivationClasses {

    private static final String PACKAGE = Activation.class.getPackageName();

    private ActivationClasses() {
    }

    /** The activation {@code name} with these parameters. See {@link Activation#named}. */
    static Activation named(String name, Map<String, Double> parameters) {
        List<Class<?>> known = all();
        Class<?> type = known.stream().filter(c -> key(c.getSimpleName()).equals(key(name))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown activation \"" + name + "\": " + PACKAGE
                        + " has no activation class of that name (known: "
                        + known.stream().map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")"));
        Constructor<?> constructor = constructorFor(type, name, parameters.keySet());
        Object[] arguments = Arrays.stream(constructor.getParameters()).map(p -> parameters.get(p.getName()))
                .toArray();
        try {
            return (Activation) constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a parameter out of range: its own message
            }
            throw new IllegalArgumentException(name + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(name + ": " + e, e);
        }
    }

    /** The public constructor of {@code type} whose parameters are numbers named as {@code given} names them. */
    private static Constructor<?> constructorFor(Class<?> type, String name, Set<String> given) {
        Constructor<?>[] constructors = Arrays.stream(type.getConstructors())
                .filter(c -> Arrays.stream(c.getParameterTypes()).allMatch(t -> t == double.class))
                .toArray(Constructor<?>[]::new);
        for (Constructor<?> c : constructors) {
            if (names(c).equals(given)) {
                return c;
            }
        }
        if (constructors.length == 0) {
            throw new IllegalArgumentException(name + ": " + type.getSimpleName()
                    + " has no public constructor that takes numbers, so a model file cannot make it");
        }
        Set<String> takes = names(constructors[0]);
        Set<String> missing = new TreeSet<>(takes);
        missing.removeAll(given);
        Set<String> extra = new TreeSet<>(given);
        extra.removeAll(takes);
        throw new IllegalArgumentException(name + ": " + (missing.isEmpty()
                ? "\"" + String.join("\", \"", extra) + "\" is not a parameter of it (it takes " + takes + ")"
                : "\"" + String.join("\", \"", missing) + "\" is missing"));
    }

    private static Set<String> names(Constructor<?> c) {
        return Arrays.stream(c.getParameters()).map(Parameter::getName).collect(Collectors.toSet());
    }

    /** A name as it is compared: lower case, without spaces. */
    private static String key(String name) {
        return name.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The public, concrete activation classes of this package, by simple name. */
    static List<Class<?>> all() {
        Set<String> simpleNames = new TreeSet<>();
        ClassLoader loader = Activation.class.getClassLoader();
        try {
            for (URL place : Collections.list(loader.getResources(PACKAGE.replace('.', '/')))) {
                simpleNames.addAll(classFiles(place));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the classes of " + PACKAGE, e);
        }
        List<Class<?>> found = new ArrayList<>();
        for (String simpleName : simpleNames) {
            try {
                Class<?> c = Class.forName(PACKAGE + "." + simpleName, false, loader);
                int modifiers = c.getModifiers();
                if (Activation.class.isAssignableFrom(c) && Modifier.isPublic(modifiers) && !c.isInterface()
                        && !Modifier.isAbstract(modifiers)) {
                    found.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class file the loader cannot load is no activation this library can make
            }
        }
        return found;
    }

    /** The simple names of the top-level classes in one place of the package: a folder or a folder of a jar. */
    private static List<String> classFiles(URL place) throws IOException {
        Stream<String> paths;
        if (place.getProtocol().equals("jar")) {
            String folder = PACKAGE.replace('.', '/') + "/";
            paths = ((JarURLConnection) place.openConnection()).getJarFile().stream().map(e -> e.getName())
                    .filter(n -> n.startsWith(folder) && n.indexOf('/', folder.length()) < 0)
                    .map(n -> n.substring(folder.length()));
        } else if (place.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(place.toURI()))) {
                paths = files.map(f -> f.getFileName().toString()).collect(Collectors.toList()).stream();
            } catch (URISyntaxException e) {
                throw new IOException(place + ": " + e.getMessage(), e);
            }
        } else {
            return List.of();
        }
        return paths.filter(n -> n.endsWith(".class") && !n.contains("$") && !n.contains("-"))
                .map(n -> n.substring(0, n.length() - ".class".length())).collect(Collectors.toList());
    }
}

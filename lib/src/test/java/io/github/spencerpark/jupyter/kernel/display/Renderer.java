package io.github.spencerpark.jupyter.kernel.display;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * jupyter-jvm-basekernel 2.3.0's registration API ({@code createRegistration(type).preferring(types...)
 * .register(function)}), and a {@link #render} that, like the real one, uses the function registered for a type
 * the value is an instance of.
 */
public final class Renderer {

    public final Map<Class<?>, RenderFunction<Object>> functions = new LinkedHashMap<>();
    public final Map<Class<?>, String[]> preferred = new LinkedHashMap<>();

    public <T> RenderRegistration<T> createRegistration(Class<T> type) {
        return new RenderRegistration<>(type);
    }

    public DisplayData render(Object value) {
        RenderContext context = new RenderContext();
        functions.forEach((type, f) -> {
            if (type.isInstance(value)) {
                f.render(value, context);
            }
        });
        return context.getOutputContainer();
    }

    public final class RenderRegistration<T> {
        private final Class<T> type;

        RenderRegistration(Class<T> type) {
            this.type = type;
        }

        public RenderRegistration<T> preferring(String... types) {
            preferred.put(type, types);
            return this;
        }

        @SuppressWarnings("unchecked")
        public void register(RenderFunction<T> function) {
            functions.put(type, (RenderFunction<Object>) function);
        }
    }
}

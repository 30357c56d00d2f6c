package org.bilet.web.metrics;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The template of a resource method as a label: the application's path, the class's and the
 * method's {@link Path}s joined with single slashes, each parameter by its name alone
 * ({@code {number: [A-Z]+-[0-9]+}} becomes {@code {number}}). Reads the annotations through CDI
 * and EJB proxies, which are subclasses without them.
 */
final class EndpointTemplate {

    private EndpointTemplate() {
    }

    /** The template of {@code method} of {@code resource}, under the application path of {@code application}. */
    static String of(Class<?> application, Class<?> resource, Method method) {
        var applicationPath = application.getAnnotation(ApplicationPath.class);
        return join(applicationPath == null ? "" : applicationPath.value(), pathOf(resource), pathOf(resource, method));
    }

    /** Joins the parts with single slashes, without a trailing one, and strips the parameters' patterns. */
    static String join(String... parts) {
        var joined = new StringBuilder();
        for (var part : parts) {
            if (part == null) {
                continue;
            }
            for (var segment : withoutPatterns(part).split("/")) {
                if (!segment.isBlank()) {
                    joined.append('/').append(segment.strip());
                }
            }
        }
        return joined.isEmpty() ? "/" : joined.toString();
    }

    /** {@code {name: pattern}} as {@code {name}}; a pattern's own braces ({@code {1,6}}) are skipped with it. */
    static String withoutPatterns(String path) {
        var out = new StringBuilder(path.length());
        int depth = 0;
        boolean inPattern = false;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{') {
                depth++;
                if (depth == 1) {
                    out.append(c);
                }
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                if (depth == 0) {
                    out.append(c);
                    inPattern = false;
                }
            } else if (depth == 1 && c == ':') {
                inPattern = true;
            } else if (depth == 0 || (depth == 1 && !inPattern && !Character.isWhitespace(c))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String pathOf(Class<?> resource) {
        for (var type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            var path = type.getAnnotation(Path.class);
            if (path != null) {
                return path.value();
            }
        }
        return "";
    }

    private static String pathOf(Class<?> resource, Method method) {
        var path = method.getAnnotation(Path.class);
        if (path != null) {
            return path.value();
        }
        for (var type = resource; type != null && type != Object.class; type = type.getSuperclass()) {
            var declared = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals(method.getName()) && Arrays.equals(m.getParameterTypes(), method.getParameterTypes()))
                    .map(m -> m.getAnnotation(Path.class))
                    .filter(p -> p != null)
                    .findFirst();
            if (declared.isPresent()) {
                return declared.get().value();
            }
        }
        return "";
    }
}

package org.bilet.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * web.xml is {@code <distributable/>}: a node of a cluster writes a session's attributes (session-
 * and view-scoped beans among them) to the others. Every such bean must be Serializable, and so must
 * what it holds, or the session is lost with its node. This finds each bean of the web module and
 * looks at the declared type of every field it keeps (type arguments of collections included).
 * Injected beans are proxies, which the container serializes; interfaces are judged by what they
 * declare, so a field of an interface type that is not Serializable itself must be transient.
 */
class DistributableStateTest {

    /** Interfaces whose implementations the screens keep are Serializable: the JDK's collections, PrimeFaces' tree. */
    private static final Set<Class<?>> SERIALIZABLE_INTERFACES = Set.of(List.class, Map.class, Set.class,
            java.util.Collection.class, java.util.SortedMap.class, java.util.SortedSet.class,
            // The screens build it of DefaultTreeNode, which is Serializable.
            org.primefaces.model.TreeNode.class);

    private final List<String> problems = new ArrayList<>();

    @Test
    void every_session_and_view_scoped_bean_keeps_only_serializable_state() throws Exception {
        var beans = beans();
        assertThat(beans).as("beans found").hasSizeGreaterThan(20);
        for (var bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            for (var type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
                for (var field : type.getDeclaredFields()) {
                    if (kept(field) && !(injected(field) && byReference(field.getType())) && !serializable(field.getGenericType())) {
                        problems.add(bean.getSimpleName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
                    }
                }
            }
        }
        assertThat(problems).as("state a cluster could not carry").isEmpty();
    }

    private static boolean kept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic();
    }

    /** Injected fields hold the container's serializable proxies (or stateless EJB references). */
    private static boolean injected(Field field) {
        return field.isAnnotationPresent(jakarta.inject.Inject.class) || field.isAnnotationPresent(jakarta.ejb.EJB.class);
    }

    /** Bilet's own types already judged, so that a type that refers to itself ends. */
    private final Map<Class<?>, Boolean> judged = new java.util.HashMap<>();

    private boolean serializable(Type type) {
        if (type instanceof Class<?> raw) {
            if (raw.isArray()) {
                return serializable(raw.getComponentType());
            }
            if (raw.isPrimitive() || raw.isEnum() || SERIALIZABLE_INTERFACES.contains(raw)) {
                return true;
            }
            if (containerBean(raw)) {
                return true;
            }
            if (!Serializable.class.isAssignableFrom(raw)) {
                return false;
            }
            return !raw.getName().startsWith("org.bilet.") || ownTypeSerializable(raw);
        }
        if (type instanceof ParameterizedType parameterized) {
            return serializable(parameterized.getRawType())
                    && Stream.of(parameterized.getActualTypeArguments()).allMatch(this::serializable);
        }
        if (type instanceof WildcardType wildcard) {
            return Stream.of(wildcard.getUpperBounds()).allMatch(this::serializable);
        }
        // A type variable is judged where the type is used with its arguments (Page<TicketSummary>).
        return type instanceof TypeVariable<?>;
    }

    /**
     * Whether an injected field holds a reference the container serializes (a proxy of a bean with
     * a normal scope, an EJB, an {@code Instance}) rather than the object itself: a dependent
     * object (Bilet's own {@code @Dependent} helpers, the container's SecurityContext) is written
     * with the session, so it must be Serializable itself.
     */
    private static boolean byReference(Class<?> type) {
        if (type == jakarta.enterprise.inject.Instance.class) {
            return true;
        }
        if (type == jakarta.security.enterprise.SecurityContext.class) {
            return false;
        }
        return !type.getName().startsWith("org.bilet.") || containerBean(type)
                || type.isAnnotationPresent(SessionScoped.class) || type.isAnnotationPresent(ViewScoped.class);
    }

    /**
     * A service handed on from an injected field (a view giving its data model the finder): the
     * field holds the container's proxy, which serializes as a reference to the bean.
     */
    private static boolean containerBean(Class<?> type) {
        return type.isAnnotationPresent(jakarta.ejb.Stateless.class) || type.isAnnotationPresent(jakarta.ejb.Singleton.class)
                || type.isAnnotationPresent(jakarta.enterprise.context.ApplicationScoped.class)
                || type.isAnnotationPresent(jakarta.enterprise.context.RequestScoped.class);
    }

    /** One of Bilet's records or classes held in a session: what it holds must serialize too. */
    private boolean ownTypeSerializable(Class<?> own) {
        var known = judged.get(own);
        if (known != null) {
            return known;
        }
        judged.put(own, true);
        boolean all = true;
        // Bilet's own fields: a library's superclass (PrimeFaces' LazyDataModel) answers for its own.
        for (var type = own; type != null && type.getName().startsWith("org.bilet."); type = type.getSuperclass()) {
            for (var field : type.getDeclaredFields()) {
                if (kept(field) && !serializable(field.getGenericType())) {
                    problems.add(own.getName() + "." + field.getName() + ": " + field.getGenericType().getTypeName());
                    all = false;
                }
            }
        }
        judged.put(own, all);
        return all;
    }

    private static List<Class<?>> beans() throws IOException, URISyntaxException, ClassNotFoundException {
        var root = Path.of(UserSession.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var beans = new ArrayList<Class<?>>();
        try (var files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                var name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                var type = Class.forName(name, false, DistributableStateTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}

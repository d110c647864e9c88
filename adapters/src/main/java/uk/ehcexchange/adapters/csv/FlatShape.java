package uk.ehcexchange.adapters.csv;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The flat view of a canonical record type, worked out once from the record classes themselves: every scalar field is
 * a column named by its JSON path, nested records add a path segment, lists of records repeat their columns with an
 * index, and lists of identifiers share one cell. Because the shape is derived rather than written out by hand, a field
 * added to the canonical model gets a column without anyone remembering to add one; a field of a type the flat format
 * has no rule for stops the shape from being built, so that such a change fails the tests instead of losing data.
 */
final class FlatShape {

    /** The canonical model's own cap on repeating groups (500 outcomes, items, lines or advice entries). */
    static final int MAX_REPEATS = 500;

    sealed interface Node permits Leaf, Group, Repeat, Tokens {
        /** The JSON name of the field within its parent. */
        String name();

        /** Reads the field from its parent record; null for the root. */
        Method accessor();
    }

    /** A scalar field: one column. */
    record Leaf(String name, Method accessor, Scalar scalar, Class<?> type) implements Node {
    }

    /** A nested record: its fields' columns, prefixed with its name. */
    record Group(String name, Method accessor, Class<?> type, List<Node> members, Constructor<?> constructor)
            implements Node {
    }

    /** A list of records: the element's columns once per index, {@code name[0]}, {@code name[1]}, ... */
    record Repeat(String name, Method accessor, Group element) implements Node {
    }

    /** A list of identifiers: one column, the identifiers separated by single spaces. */
    record Tokens(String name, Method accessor) implements Node {
    }

    private FlatShape() {
    }

    static Group of(Class<? extends Record> type) {
        return group("", null, type, "");
    }

    private static Group group(String name, Method accessor, Class<?> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        List<Node> members = new ArrayList<>(components.length);
        for (RecordComponent component : components) {
            String memberName = jsonName(component);
            members.add(node(memberName, component.getAccessor(), component.getType(), component.getGenericType(),
                    path.isEmpty() ? memberName : path + "." + memberName));
        }
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return new Group(name, accessor, type, List.copyOf(members), type.getDeclaredConstructor(parameterTypes));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("a record always has its canonical constructor", e);
        }
    }

    private static Node node(String name, Method accessor, Class<?> type, Type genericType, String path) {
        Scalar scalar = Scalar.of(type);
        if (scalar != null) {
            return new Leaf(name, accessor, scalar, type);
        }
        if (type.isRecord()) {
            return group(name, accessor, type, path);
        }
        if (type == List.class && genericType instanceof ParameterizedType list
                && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            if (element == String.class) {
                return new Tokens(name, accessor);
            }
            if (element.isRecord()) {
                return new Repeat(name, accessor, group(name, null, element, path + "[]"));
            }
        }
        throw new IllegalStateException("the flat CSV format has no rule for " + genericType + " at " + path
                + "; extend FlatShape and schemas/caseload-csv-v1.md");
    }

    /** The JSON name: Jackson's {@code @JsonProperty} on the accessor (e.g. section letters), else the field name. */
    private static String jsonName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    /**
     * Records the size of every list in {@code value} under its pattern (the path with indices left out, e.g.
     * {@code sections.E.outcomes}), keeping the largest.
     */
    static void measure(Group group, Object value, String path, Map<String, Integer> sizes) {
        if (value == null) {
            return;
        }
        for (Node member : group.members()) {
            String memberPath = path.isEmpty() ? member.name() : path + "." + member.name();
            Object memberValue = FlatColumns.invoke(member.accessor(), value);
            if (member instanceof Group nested) {
                measure(nested, memberValue, memberPath, sizes);
            } else if (member instanceof Repeat repeat && memberValue instanceof List<?> list) {
                sizes.merge(memberPath, list.size(), Math::max);
                for (Object element : list) {
                    measure(repeat.element(), element, memberPath + "[]", sizes);
                }
            }
        }
    }

    /** Every repeating group's pattern, in column order. */
    static List<String> repeatPatterns(Group group, String path) {
        List<String> patterns = new ArrayList<>();
        for (Node member : group.members()) {
            String memberPath = path.isEmpty() ? member.name() : path + "." + member.name();
            if (member instanceof Group nested) {
                patterns.addAll(repeatPatterns(nested, memberPath));
            } else if (member instanceof Repeat repeat) {
                patterns.add(memberPath);
                patterns.addAll(repeatPatterns(repeat.element(), memberPath + "[]"));
            }
        }
        return patterns;
    }

    /** How a scalar is written to and read from a cell. */
    enum Scalar {
        TEXT, DATE, ENUM, BOOLEAN, DECIMAL, INTEGER;

        static Scalar of(Class<?> type) {
            if (type == String.class) {
                return TEXT;
            }
            if (type == LocalDate.class) {
                return DATE;
            }
            if (type.isEnum()) {
                return ENUM;
            }
            if (type == boolean.class) {
                return BOOLEAN;
            }
            if (type == BigDecimal.class) {
                return DECIMAL;
            }
            if (type == Integer.class) {
                return INTEGER;
            }
            return null;
        }
    }
}

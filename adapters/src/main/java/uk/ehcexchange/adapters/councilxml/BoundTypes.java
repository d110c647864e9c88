package uk.ehcexchange.adapters.councilxml;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlEnumValue;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.XmlValue;
import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The generated council XML types as JAXB's annotations describe them, read once: for each type its elements in
 * schema order, its attributes and its text, and how each value is read from and written as text. What
 * {@link BindingHandler} binds with and {@link IndentedXmlWriter} writes with, so both follow the same generated
 * code as JAXB; any construct the generated types do not use today is refused when the table is built, so a change
 * of schema that needs more fails at start, not on a document.
 */
final class BoundTypes {

    private final Map<Class<?>, BoundType> types = new HashMap<>();

    BoundTypes(Class<?>... roots) {
        for (Class<?> root : roots) {
            type(root);
        }
    }

    BoundType type(Class<?> type) {
        BoundType known = types.get(type);
        if (known != null) {
            return known;
        }
        BoundType bound = new BoundType(type);
        types.put(type, bound); // before its properties, which may refer back to it
        bound.describe(this);
        return bound;
    }

    static final class BoundType {

        final Class<?> javaType;
        private final Supplier<Object> constructor;
        private final Map<String, Property> elements = new HashMap<>();
        final List<Property> elementsInOrder = new ArrayList<>();
        final List<Property> attributes = new ArrayList<>();
        Property text;

        private BoundType(Class<?> javaType) {
            this.javaType = javaType;
            this.constructor = constructor(javaType);
        }

        Object newInstance() {
            return constructor.get();
        }

        /** The public constructor as a plain call: reflection's cost per call was a third of binding's. */
        @SuppressWarnings("unchecked")
        private static Supplier<Object> constructor(Class<?> type) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class));
                return (Supplier<Object>) LambdaMetafactory.metafactory(lookup, "get",
                        MethodType.methodType(Supplier.class), MethodType.methodType(Object.class), constructor,
                        MethodType.methodType(type)).getTarget().invokeExact();
            } catch (Throwable e) {
                throw unsupported(type, "no public constructor without arguments");
            }
        }

        /** The property an element of this type is bound to, or null when the type has no such element. */
        Property element(String localName) {
            return elements.get(localName);
        }

        private void describe(BoundTypes all) {
            XmlType xmlType = javaType.getAnnotation(XmlType.class);
            if (xmlType == null) {
                throw unsupported(javaType, "not a generated type");
            }
            for (Field field : javaType.getDeclaredFields()) {
                XmlElement element = field.getAnnotation(XmlElement.class);
                XmlAttribute attribute = field.getAnnotation(XmlAttribute.class);
                if (element != null) {
                    Property property = Property.of(field, element.name(), all);
                    elements.put(property.name, property);
                } else if (attribute != null) {
                    attributes.add(Property.of(field, attribute.name(), all));
                } else if (field.isAnnotationPresent(XmlValue.class)) {
                    text = Property.of(field, "", all);
                }
            }
            for (String fieldName : xmlType.propOrder()) {
                elements.values().stream().filter(p -> p.field.getName().equals(fieldName)).findFirst()
                        .ifPresent(elementsInOrder::add);
            }
            if (elementsInOrder.size() != elements.size() || text != null && !elements.isEmpty()) {
                throw unsupported(javaType, "elements outside propOrder, or mixed content");
            }
        }
    }

    /** One element, attribute or text of a type: a field, a list of values or a single one, simple or complex. */
    static final class Property {

        final String name;
        private final Field field;
        final boolean list;
        /** The complex type of the value, or null when the value is text. */
        final BoundType complex;
        final Lexical lexical;

        private Property(String name, Field field, boolean list, BoundType complex, Lexical lexical) {
            this.name = name;
            this.field = field;
            this.list = list;
            this.complex = complex;
            this.lexical = lexical;
        }

        static Property of(Field field, String name, BoundTypes all) {
            field.setAccessible(true);
            boolean list = List.class.equals(field.getType());
            Class<?> valueType = list
                    ? (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0]
                    : field.getType();
            XmlJavaTypeAdapter adapter = field.getAnnotation(XmlJavaTypeAdapter.class);
            if (adapter != null) {
                return new Property(name, field, list, null, Lexical.adapted(adapter.value()));
            }
            Lexical lexical = Lexical.of(valueType);
            return new Property(name, field, list, lexical == null ? all.type(valueType) : null, lexical);
        }

        @SuppressWarnings("unchecked")
        void add(Object instance, Object value) {
            try {
                if (list) {
                    List<Object> values = (List<Object>) field.get(instance);
                    if (values == null) {
                        values = new ArrayList<>();
                        field.set(instance, values);
                    }
                    values.add(value);
                } else {
                    field.set(instance, value);
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The values of this property on an instance: none, one, or a list's. */
        List<?> values(Object instance) {
            try {
                Object value = field.get(instance);
                if (value == null) {
                    return List.of();
                }
                return list ? (List<?>) value : List.of(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A simple value as text, both ways, as JAXB's reference implementation reads and writes it: whitespace around
     * a number, a boolean or an enumeration value is dropped (the schema has already checked the value); strings
     * are kept exactly as written.
     */
    record Lexical(Function<String, Object> parse, Function<Object, String> print) {

        static Lexical of(Class<?> type) {
            if (type == String.class) {
                return new Lexical(text -> text, String.class::cast);
            }
            if (type == boolean.class || type == Boolean.class) {
                return new Lexical(text -> {
                    String value = text.trim();
                    return "true".equals(value) || "1".equals(value);
                }, String::valueOf);
            }
            if (type == BigDecimal.class) {
                return new Lexical(text -> new BigDecimal(text.trim()), value -> ((BigDecimal) value).toPlainString());
            }
            if (type == BigInteger.class) {
                return new Lexical(text -> new BigInteger(text.trim()), String::valueOf);
            }
            if (type.isEnum()) {
                return enumeration(type);
            }
            if (type.isAnnotationPresent(XmlType.class)) {
                return null; // a complex type
            }
            throw unsupported(type, "a simple type without a lexical form here");
        }

        private static Lexical enumeration(Class<?> type) {
            Map<String, Object> byText = new HashMap<>();
            Map<Object, String> byValue = new HashMap<>();
            for (Field constant : type.getFields()) {
                if (constant.isEnumConstant()) {
                    XmlEnumValue named = constant.getAnnotation(XmlEnumValue.class);
                    String text = named == null ? constant.getName() : named.value();
                    Object value = enumConstant(constant);
                    byText.put(text, value);
                    byValue.put(value, text);
                }
            }
            return new Lexical(text -> {
                Object value = byText.get(text.trim());
                if (value == null) {
                    throw new IllegalArgumentException("not a value of " + type.getSimpleName());
                }
                return value;
            }, byValue::get);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Lexical adapted(Class<? extends XmlAdapter> adapterType) {
            XmlAdapter adapter;
            try {
                adapter = adapterType.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw unsupported(adapterType, "an adapter that cannot be created");
            }
            return new Lexical(text -> {
                try {
                    return adapter.unmarshal(text);
                } catch (Exception e) {
                    throw new IllegalArgumentException(e);
                }
            }, value -> {
                try {
                    return (String) adapter.marshal(value);
                } catch (Exception e) {
                    throw new IllegalArgumentException(e);
                }
            });
        }

        private static Object enumConstant(Field constant) {
            try {
                return constant.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static IllegalStateException unsupported(Class<?> type, String what) {
        return new IllegalStateException(type.getName() + ": " + what
                + " — the council XML binder and writer handle only what the generated types used when they were written");
    }
}

package uk.ehcexchange.adapters.csv;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.ehcexchange.adapters.caseload.CaseloadFormatException;
import uk.ehcexchange.adapters.csv.FlatShape.Group;
import uk.ehcexchange.adapters.csv.FlatShape.Leaf;
import uk.ehcexchange.adapters.csv.FlatShape.Node;
import uk.ehcexchange.adapters.csv.FlatShape.Repeat;
import uk.ehcexchange.adapters.csv.FlatShape.Scalar;
import uk.ehcexchange.adapters.csv.FlatShape.Tokens;
import uk.ehcexchange.model.validation.Violation;

/**
 * The columns of one file, bound to the flat shape: every column knows the field it carries and every repeating group
 * knows how many times the file repeats it. Bound from a header (reading) or from a layout (writing), once per file, so
 * that a row is mapped without looking up a single name.
 */
final class FlatColumns {

    private static final Pattern INDEX = Pattern.compile("\\[([0-9]{1,3})]");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,10})?");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,9}");
    private static final String TOKEN_SEPARATOR = " ";

    /** Where a field's column is, and how many times a repeating group repeats. */
    private interface ColumnSource {
        int column(String path);

        int repeats(String path);
    }

    private final List<String> names;
    private final BoundGroup root;

    private FlatColumns(List<String> names, BoundGroup root) {
        this.names = List.copyOf(names);
        this.root = root;
    }

    List<String> names() {
        return names;
    }

    /** The columns a writer produces for {@code layout}, in the shape's order. */
    static FlatColumns forLayout(Group shape, CaseloadLayout layout) {
        List<String> names = new ArrayList<>();
        BoundGroup root = bindGroup(shape, "", null, new ColumnSource() {
            @Override
            public int column(String path) {
                names.add(path);
                return names.size() - 1;
            }

            @Override
            public int repeats(String path) {
                return layout.size(CaseloadLayout.pattern(path));
            }
        });
        return new FlatColumns(names, root);
    }

    /**
     * The columns of a file with this header. Columns may come in any order and may be left out (their fields are
     * then absent); every column must name a field, once, and a repeating group's indices must run from 0 without
     * gaps.
     *
     * @param required columns that must be present
     */
    static FlatColumns forHeader(Group shape, List<String> header, List<String> required)
            throws CaseloadFormatException {
        List<Violation> problems = new ArrayList<>();
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (name.isEmpty()) {
                problems.add(new Violation(CsvRecordReader.WHOLE_RECORD, "csv-unnamed-column",
                        "column " + (i + 1) + " of the header has no name"));
            } else if (positions.putIfAbsent(name, i) != null) {
                problems.add(new Violation(name, "csv-duplicate-column", "appears more than once in the header"));
            }
        }
        for (String name : required) {
            if (!positions.containsKey(name)) {
                problems.add(new Violation(name, "csv-missing-column", "is a required column"));
            }
        }
        Map<String, Integer> repeats = repeatsIn(header, problems);
        boolean[] claimed = new boolean[header.size()];
        BoundGroup root = bindGroup(shape, "", null, new ColumnSource() {
            @Override
            public int column(String path) {
                Integer position = positions.get(path);
                if (position == null) {
                    return -1;
                }
                claimed[position] = true;
                return position;
            }

            @Override
            public int repeats(String path) {
                return repeats.getOrDefault(path, 0);
            }
        });
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            if (!claimed[i] && !name.isEmpty() && positions.get(name) == i) {
                problems.add(new Violation(name, "csv-unknown-column",
                        "is not a column of the caseload format (see schemas/caseload-csv-v1.md)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new CaseloadFormatException(1, problems);
        }
        return new FlatColumns(header, root);
    }

    /** How many times the header repeats each repeating group, keyed by the group's path (with outer indices). */
    private static Map<String, Integer> repeatsIn(List<String> header, List<Violation> problems) {
        Map<String, TreeSet<Integer>> indices = new LinkedHashMap<>();
        for (String name : header) {
            Matcher index = INDEX.matcher(name);
            while (index.find()) {
                String digits = index.group(1);
                int value = Integer.parseInt(digits);
                if (!digits.equals(String.valueOf(value)) || value >= FlatShape.MAX_REPEATS) {
                    break; // not a column of the format; reported as unknown
                }
                indices.computeIfAbsent(name.substring(0, index.start()), k -> new TreeSet<>()).add(value);
            }
        }
        Map<String, Integer> repeats = new HashMap<>();
        indices.forEach((path, present) -> {
            int count = present.last() + 1;
            if (present.size() != count) {
                int missing = 0;
                while (present.contains(missing)) {
                    missing++;
                }
                problems.add(new Violation(path + "[" + missing + "]", "csv-list-gap",
                        "the header has columns for later entries of " + path + " but none for this one"));
            }
            repeats.put(path, count);
        });
        return repeats;
    }

    private static BoundGroup bindGroup(Group group, String path, Method accessor, ColumnSource source) {
        List<Bound> members = new ArrayList<>(group.members().size());
        for (Node member : group.members()) {
            String memberPath = path.isEmpty() ? member.name() : path + "." + member.name();
            if (member instanceof Leaf leaf) {
                members.add(new BoundLeaf(memberPath, leaf.accessor(), leaf.scalar(), leaf.type(),
                        source.column(memberPath)));
            } else if (member instanceof Tokens tokens) {
                members.add(new BoundTokens(memberPath, tokens.accessor(), source.column(memberPath)));
            } else if (member instanceof Group nested) {
                members.add(bindGroup(nested, memberPath, nested.accessor(), source));
            } else if (member instanceof Repeat repeat) {
                int count = source.repeats(memberPath);
                List<BoundGroup> elements = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    elements.add(bindGroup(repeat.element(), memberPath + "[" + i + "]", null, source));
                }
                members.add(new BoundRepeat(memberPath, repeat.accessor(), List.copyOf(elements)));
            }
        }
        int[] columns = members.stream().flatMapToInt(Bound::allColumns).filter(c -> c >= 0).toArray();
        return new BoundGroup(path, accessor, group.constructor(), List.copyOf(members), columns);
    }

    /**
     * Builds the record a row describes. Cells that cannot be read (a malformed date, an unknown code) are reported
     * in {@code violations}, by column, and leave their field absent.
     */
    Object read(List<String> cells, List<Violation> violations) {
        return root.construct(cells, violations);
    }

    /**
     * The cells of a row for {@code value}. Whatever the cells cannot carry is named, by path, in {@code notCarried}:
     * an empty string (a blank cell reads back as absent), a record or list entry with nothing in it, entries beyond
     * the layout, identifiers that contain the separator, text with unpaired surrogates (not encodable in UTF-8).
     */
    String[] write(Object value, List<String> notCarried) {
        String[] cells = new String[names.size()];
        Arrays.fill(cells, "");
        root.writeMembers(value, cells, notCarried);
        return cells;
    }

    /** A field bound to its column(s): reads its value from a row, and writes it from its parent record. */
    private sealed interface Bound permits BoundLeaf, BoundTokens, BoundGroup, BoundRepeat {
        Object read(List<String> cells, List<Violation> violations);

        /** @return whether anything was written */
        boolean write(Object parent, String[] cells, List<String> notCarried);

        IntStream allColumns();
    }

    private record BoundLeaf(String path, Method accessor, Scalar scalar, Class<?> type, int column) implements Bound {
        @Override
        public Object read(List<String> cells, List<Violation> violations) {
            String cell = column < 0 ? "" : cells.get(column);
            if (cell.isEmpty()) {
                return scalar == Scalar.BOOLEAN ? Boolean.FALSE : null;
            }
            return switch (scalar) {
                case TEXT -> cell;
                case DATE -> date(cell, violations);
                case ENUM -> code(cell, violations);
                case BOOLEAN -> bool(cell, violations);
                case DECIMAL -> decimal(cell, violations);
                case INTEGER -> integer(cell, violations);
            };
        }

        private LocalDate date(String cell, List<Violation> violations) {
            try {
                return LocalDate.parse(cell);
            } catch (DateTimeParseException e) {
                violations.add(new Violation(path, "date-format", "must be an ISO-8601 date (yyyy-mm-dd)"));
                return null;
            }
        }

        private Object code(String cell, List<Violation> violations) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(cell)) {
                    return constant;
                }
            }
            violations.add(new Violation(path, "code-value", "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "))));
            return null;
        }

        private Boolean bool(String cell, List<Violation> violations) {
            if (!cell.equals("true") && !cell.equals("false")) {
                violations.add(new Violation(path, "boolean-format", "must be true or false"));
            }
            return cell.equals("true");
        }

        private BigDecimal decimal(String cell, List<Violation> violations) {
            if (!DECIMAL.matcher(cell).matches()) {
                violations.add(new Violation(path, "decimal-format",
                        "must be a decimal number written out in full, such as 1850.00"));
                return null;
            }
            return new BigDecimal(cell);
        }

        private Integer integer(String cell, List<Violation> violations) {
            if (!INTEGER.matcher(cell).matches()) {
                violations.add(new Violation(path, "integer-format", "must be a whole number such as 1"));
                return null;
            }
            return Integer.valueOf(cell);
        }

        @Override
        public boolean write(Object parent, String[] cells, List<String> notCarried) {
            Object value = invoke(accessor, parent);
            if (value == null) {
                return false;
            }
            String cell = switch (scalar) {
                case TEXT -> (String) value;
                case DATE, BOOLEAN, INTEGER -> value.toString();
                case ENUM -> ((Enum<?>) value).name();
                case DECIMAL -> ((BigDecimal) value).toPlainString();
            };
            boolean lossy = switch (scalar) {
                case TEXT -> cell.isEmpty() || hasUnpairedSurrogate(cell);
                case DECIMAL -> ((BigDecimal) value).scale() < 0;
                default -> false;
            };
            if (lossy) {
                notCarried.add(path);
            }
            cells[column] = cell;
            return !cell.isEmpty();
        }

        @Override
        public IntStream allColumns() {
            return IntStream.of(column);
        }
    }

    private record BoundTokens(String path, Method accessor, int column) implements Bound {
        @Override
        public Object read(List<String> cells, List<Violation> violations) {
            String cell = column < 0 ? "" : cells.get(column);
            return Arrays.stream(cell.split(TOKEN_SEPARATOR)).filter(token -> !token.isEmpty()).toList();
        }

        @Override
        public boolean write(Object parent, String[] cells, List<String> notCarried) {
            Object value = invoke(accessor, parent);
            List<?> list = value == null ? List.of() : (List<?>) value;
            StringBuilder cell = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
                Object token = list.get(i);
                if (token == null || token.toString().isEmpty() || token.toString().contains(TOKEN_SEPARATOR)) {
                    notCarried.add(path + "[" + i + "]");
                    continue;
                }
                if (!cell.isEmpty()) {
                    cell.append(TOKEN_SEPARATOR);
                }
                cell.append(token);
            }
            cells[column] = cell.toString();
            return !cell.isEmpty();
        }

        @Override
        public IntStream allColumns() {
            return IntStream.of(column);
        }
    }

    /** @param columns every column under this record, to tell an absent record from a present one */
    private record BoundGroup(String path, Method accessor, Constructor<?> constructor, List<Bound> members,
                              int[] columns) implements Bound {
        /** @return the record, or null when all of its cells are empty */
        @Override
        public Object read(List<String> cells, List<Violation> violations) {
            for (int column : columns) {
                if (!cells.get(column).isEmpty()) {
                    return construct(cells, violations);
                }
            }
            return null;
        }

        Object construct(List<String> cells, List<Violation> violations) {
            Object[] arguments = new Object[members.size()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = members.get(i).read(cells, violations);
            }
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("a canonical record refused its fields", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("canonical records have public constructors", e);
            }
        }

        @Override
        public boolean write(Object parent, String[] cells, List<String> notCarried) {
            return writeValue(invoke(accessor, parent), cells, notCarried);
        }

        /** A present record whose cells all stay empty is not carried: it would read back as absent. */
        boolean writeValue(Object value, String[] cells, List<String> notCarried) {
            if (value == null) {
                return false;
            }
            boolean wrote = writeMembers(value, cells, notCarried);
            if (!wrote) {
                notCarried.add(path);
            }
            return wrote;
        }

        boolean writeMembers(Object value, String[] cells, List<String> notCarried) {
            boolean wrote = false;
            for (Bound member : members) {
                wrote |= member.write(value, cells, notCarried);
            }
            return wrote;
        }

        @Override
        public IntStream allColumns() {
            return Arrays.stream(columns);
        }
    }

    private record BoundRepeat(String path, Method accessor, List<BoundGroup> elements) implements Bound {
        @Override
        public Object read(List<String> cells, List<Violation> violations) {
            List<Object> values = new ArrayList<>(elements.size());
            String firstEmpty = null;
            for (BoundGroup element : elements) {
                Object value = element.read(cells, violations);
                if (value == null) {
                    firstEmpty = firstEmpty == null ? element.path() : firstEmpty;
                } else if (firstEmpty != null) {
                    violations.add(new Violation(element.path(), "csv-list-gap", "follows the empty columns of "
                            + firstEmpty + "; fill a repeating group from [0] without gaps"));
                } else {
                    values.add(value);
                }
            }
            return values;
        }

        @Override
        public boolean write(Object parent, String[] cells, List<String> notCarried) {
            Object value = invoke(accessor, parent);
            List<?> list = value == null ? List.of() : (List<?>) value;
            boolean wrote = false;
            boolean broken = false;
            for (int i = 0; i < list.size(); i++) {
                Object element = list.get(i);
                if (broken || i >= elements.size() || element == null) {
                    // A reader stops at the first empty entry, so nothing after one that could not be written arrives.
                    notCarried.add(path + "[" + i + "]");
                    broken = true;
                } else if (elements.get(i).writeValue(element, cells, notCarried)) {
                    wrote = true;
                } else {
                    broken = true;
                }
            }
            return wrote;
        }

        @Override
        public IntStream allColumns() {
            return elements.stream().flatMapToInt(BoundGroup::allColumns);
        }
    }

    private static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    static Object invoke(Method accessor, Object parent) {
        try {
            return accessor.invoke(parent);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessors are public and do not throw", e);
        }
    }
}

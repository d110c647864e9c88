package uk.ehcexchange.adapters.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.ehcexchange.model.EhcPlan;

/**
 * How many times a file repeats each repeating group's columns (outcomes, provision items, budget lines, advice). A
 * writer fixes its header before the first row, so it needs this up front: from the plans themselves
 * ({@link #fitting}) when they are at hand, or from known maxima when they are streamed. A plan with more entries than
 * its layout allows is still written, and the entries that do not fit are reported as not carried.
 */
public final class CaseloadLayout {

    private final Map<String, Integer> sizes;

    private CaseloadLayout(Map<String, Integer> sizes) {
        this.sizes = Map.copyOf(sizes);
    }

    /**
     * @param sizes entries per repeating group, keyed by its pattern, e.g. {@code sections.E.outcomes}; a group not
     *              named gets no columns
     */
    public static CaseloadLayout of(Map<String, Integer> sizes) {
        List<String> known = repeatingGroups();
        sizes.forEach((pattern, size) -> {
            if (!known.contains(pattern)) {
                throw new IllegalArgumentException(pattern + " is not a repeating group; they are " + known);
            }
            if (size < 0 || size > FlatShape.MAX_REPEATS) {
                throw new IllegalArgumentException(pattern + " must repeat 0 to " + FlatShape.MAX_REPEATS + " times");
            }
        });
        return new CaseloadLayout(sizes);
    }

    /** The same number of entries for every repeating group. */
    public static CaseloadLayout uniform(int size) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        repeatingGroups().forEach(pattern -> sizes.put(pattern, size));
        return of(sizes);
    }

    /** Just enough columns for every entry of these plans. */
    public static CaseloadLayout fitting(Iterable<EhcPlan> plans) {
        Map<String, Integer> sizes = new HashMap<>();
        for (EhcPlan plan : plans) {
            FlatShape.measure(CaseloadCsv.SHAPE, plan, "", sizes);
        }
        sizes.replaceAll((pattern, size) -> Math.min(size, FlatShape.MAX_REPEATS));
        return of(sizes);
    }

    /** The patterns of the repeating groups, in column order: {@code sections.E.outcomes}, ... */
    public static List<String> repeatingGroups() {
        return FlatShape.repeatPatterns(CaseloadCsv.SHAPE, "");
    }

    /** @param pattern a repeating group's path with its indices left out */
    public int size(String pattern) {
        return sizes.getOrDefault(pattern, 0);
    }

    public Map<String, Integer> sizes() {
        return sizes;
    }

    /** The pattern of a repeating group's path: {@code sections.F.items[3].outcomes} becomes {@code sections.F.items[].outcomes}. */
    static String pattern(String path) {
        return path.replaceAll("\\[[0-9]+]", "[]");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseloadLayout layout && layout.sizes.equals(sizes);
    }

    @Override
    public int hashCode() {
        return sizes.hashCode();
    }

    @Override
    public String toString() {
        return "CaseloadLayout" + sizes;
    }
}

package uk.ehcexchange.hub.door.dashboard;

import java.util.List;

/**
 * A part of a dashboard page under its own heading ({@code id} is the heading's id): a short explanation and its
 * tables, each optionally drawn as a chart above it.
 */
public record Section(String id, String heading, String intro, List<Block> blocks) {

    /** A table and, for a month-by-month trend, its chart (null otherwise). */
    public record Block(BarChart chart, Table table) {
    }
}

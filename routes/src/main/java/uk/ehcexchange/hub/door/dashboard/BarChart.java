package uk.ehcexchange.hub.door.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A month-by-month bar chart of the percentage done on time, laid out here so the page draws it as plain SVG with
 * no script. The chart is an image ({@code role="img"} with a title and a description); the table beside it, which
 * it is made from, is the accessible equivalent and the CSV.
 *
 * @param tableId the table the chart draws, so the description can point at it
 */
public record BarChart(String id, String title, String description, String tableId, List<Bar> bars, List<Tick> ticks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 44;
    static final int TOP = 16;
    static final int PLOT_HEIGHT = 180;
    static final int SLOT = (WIDTH - LEFT - 8) / 12;

    /**
     * A month's bar; {@code value} is what the label above it says ("75%", "–" for nothing done, "x" suppressed),
     * and the bar has no height when there is no percentage to draw.
     */
    public record Bar(int x, int y, int width, int height, String month, String value, int labelX) {
    }

    /** A gridline of the percentage axis. */
    public record Tick(int y, String label) {
    }

    /**
     * @param months  the month labels, oldest first
     * @param percent each month's percentage on time, or null when there is none to draw
     * @param labels  what to print above each month's bar
     */
    static BarChart of(String id, String title, String description, String tableId, List<String> months,
                       List<Integer> percent, List<String> labels) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Integer p = percent.get(i);
            int height = p == null ? 0 : Math.round(PLOT_HEIGHT * p / 100f);
            int x = LEFT + i * SLOT + 6;
            bars.add(new Bar(x, TOP + PLOT_HEIGHT - height, SLOT - 12, height, months.get(i), labels.get(i),
                    x + (SLOT - 12) / 2));
        }
        List<Tick> ticks = new ArrayList<>();
        for (int p = 0; p <= 100; p += 25) {
            ticks.add(new Tick(TOP + PLOT_HEIGHT - PLOT_HEIGHT * p / 100, p + "%"));
        }
        return new BarChart(id, title, description, tableId, bars, ticks);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int axisX() {
        return LEFT;
    }

    public int baseline() {
        return TOP + PLOT_HEIGHT;
    }

    public int monthLabelY() {
        return TOP + PLOT_HEIGHT + 18;
    }

    public int right() {
        return WIDTH - 8;
    }
}

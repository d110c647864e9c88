package uk.ehcexchange.hub.door.dashboard;

import java.util.List;

/**
 * One table of a dashboard page, as shown and as downloaded: the page renders it as a GOV.UK table (id
 * {@code table-<id>}, a CSV link {@code csv-<id>}) and {@code /dashboard/tables/<id>.csv} writes the same rows, so
 * what a person downloads is what they saw.
 *
 * @param numeric      which columns hold numbers (right-aligned, as the design system asks)
 * @param personalData whether it names children: viewing or downloading it is audited
 */
public record Table(String id, String caption, List<String> headers, List<List<Cell>> rows, List<Boolean> numeric,
             boolean personalData) {

    /** A cell: its text, and optionally a link and a GOV.UK tag colour (e.g. {@code govuk-tag--red}). */
    public record Cell(String text, String href, String tag) {

        static Cell of(Object text) {
            return new Cell(text == null ? "" : text.toString(), null, null);
        }

        static Cell link(String text, String href) {
            return new Cell(text, href, null);
        }

        static Cell tag(String text, String tagClass) {
            return new Cell(text, null, tagClass);
        }
    }

}

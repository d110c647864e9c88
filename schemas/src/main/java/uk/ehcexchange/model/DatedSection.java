package uk.ehcexchange.model;

import java.time.LocalDate;

/**
 * One passage of advice: its heading (e.g. "Cognition and learning", "What matters to me"), its text and the day it
 * was written, so a council weighing advice from several dates can tell which is the current view.
 */
public record DatedSection(String heading, String text, LocalDate writtenOn) {
}

package uk.ehcexchange.adapters.councilxml;

import java.util.List;

/** The result of a mapping, and what the target format could not carry (empty when the mapping was lossless). */
public record Mapped<T>(T value, List<NotCarried> notCarried) {
    public Mapped {
        notCarried = List.copyOf(notCarried);
    }

    public boolean lossless() {
        return notCarried.isEmpty();
    }
}

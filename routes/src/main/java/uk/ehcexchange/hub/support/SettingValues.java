package uk.ehcexchange.hub.support;

import java.util.Locale;

/**
 * Our enums as settings, the directory and the CLI write them: {@code COUNCIL_XML} is {@code council-xml}. One rule,
 * so what an operator configures, what the directory shows and what the CLI takes are the same words.
 */
public final class SettingValues {

    private SettingValues() {
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException when {@code value} names no constant */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}

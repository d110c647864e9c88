package uk.ehcexchange.hub.core;

import java.io.IOException;

/** Thrown while reading a body that turns out larger than the limit; an IOException so parsers pass it through. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}

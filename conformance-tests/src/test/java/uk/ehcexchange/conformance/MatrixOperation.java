package uk.ehcexchange.conformance;

import java.util.function.Supplier;

/**
 * How the authorisation matrix calls one operation: {@link #observe} makes the call as the given caller, on a
 * resource made for it, and says what came back in the matrix's own words ({@code 200}, {@code 404 not-found},
 * {@code fault not-your-authority}, {@code ok}). It may also assert what must hold of any answer (a FHIR resource
 * that validates, a search that shows nobody else's Task).
 *
 * @param name as the matrix file names it, e.g. {@code GET /api/v1/plans/{planId}} or {@code SOAP ListInbox}
 */
record MatrixOperation(String name, Call call) {

    @FunctionalInterface
    interface Call {
        String observe(Caller caller);
    }

    String observe(Caller caller) {
        return call.observe(caller);
    }

    /** A resource made once, on first use, and shared by the cells that only read it. */
    static <T> Supplier<T> shared(Supplier<T> make) {
        return new Supplier<>() {
            private T made;

            @Override
            public synchronized T get() {
                if (made == null) {
                    made = make.get();
                }
                return made;
            }
        };
    }
}

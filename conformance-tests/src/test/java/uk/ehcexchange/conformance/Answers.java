package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

/** Checks that an answer gives nothing away: what the hub says about a hidden thing it says about an absent one. */
final class Answers {

    private Answers() {
    }

    /**
     * The answer about something that exists but is not the caller's is the answer about something that does not
     * exist: the same status and, but for the id asked about, the same body, byte for byte.
     */
    static void assertAnsweredAlike(HttpResponse<String> hidden, String hiddenId, HttpResponse<String> absent,
                                    String absentId) {
        assertThat(hidden.statusCode()).as(hidden.body()).isEqualTo(absent.statusCode());
        assertThat(hidden.headers().firstValue("Content-Type")).isEqualTo(absent.headers().firstValue("Content-Type"));
        assertThat(hidden.body().replace(hiddenId, "{id}")).isEqualTo(absent.body().replace(absentId, "{id}"));
    }
}

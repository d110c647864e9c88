package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class V51IndexAdviceAttachmentsTest {

    @Test
    void theDigestsOfAnAdviceDocumentsAttachmentsAreIndexedOnceEach() throws Exception {
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        var advice = new ObjectMapper().readTree("""
                {"child": {}, "attachments": [
                  {"documentReference": "1", "mediaType": "application/pdf", "sha256": "%s"},
                  {"documentReference": "2", "mediaType": "application/pdf", "sha256": "%s"},
                  {"documentReference": "3", "mediaType": "application/pdf", "sha256": "%s"},
                  {"documentReference": "4", "mediaType": "application/pdf", "sha256": "not a digest"},
                  {"documentReference": "5", "mediaType": "application/pdf"}]}""".formatted(a, b, a));

        assertThat(V51__Index_advice_attachments.attachments(advice)).containsExactly(a, b);
        assertThat(V51__Index_advice_attachments.attachments(new ObjectMapper().readTree("{}"))).isEmpty();
    }
}

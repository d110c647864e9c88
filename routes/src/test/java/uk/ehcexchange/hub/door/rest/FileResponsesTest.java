package uk.ehcexchange.hub.door.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileResponsesTest {

    @Test
    void aPlainNameIsOfferedAsItIsWithoutItsFolders() {
        assertThat(FileResponses.contentDisposition("HCC-EHCP-2023-004417/K/04-medical-advice.pdf"))
                .isEqualTo("attachment; filename=\"04-medical-advice.pdf\"");
    }

    @Test
    void aNameWithQuotesOrSeparatorsCannotBreakOutOfTheHeader() {
        assertThat(FileResponses.contentDisposition("K\\evil\".pdf\r\nSet-Cookie: x=1"))
                .startsWith("attachment; filename=\"evil_.pdfSet-Cookie_ x_1\"")
                .doesNotContain("\r").doesNotContain("\n");
    }

    @Test
    void aNonAsciiNameTravelsAsFilenameStarBesideAnAsciiFallback() {
        assertThat(FileResponses.contentDisposition("K/Zoë's report.pdf"))
                .isEqualTo("attachment; filename=\"Zo__s report.pdf\"; filename*=UTF-8''Zo%C3%AB%27s%20report.pdf");
    }

    @Test
    void anEmptyNameGetsAHarmlessOne() {
        assertThat(FileResponses.contentDisposition("K/")).isEqualTo("attachment; filename=\"document\"");
    }
}

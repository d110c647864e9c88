package uk.ehcexchange.adapters.councilxml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rule broken in a council XML document is reported against the element the sender wrote. */
class CouncilXmlPathsTest {

    @ParameterizedTest
    @CsvSource({
            "child.nhsNumber, /EhcPlan/Child/NhsNumber",
            "sections.E.outcomes[2].id, /EhcPlan/Sections/SectionE/Outcome[3]/Id",
            "sections.H1.items[0].outcomeIds[1], /EhcPlan/Sections/SectionH1/Item[1]/OutcomeId[2]",
            "sections.J.lines[3].annualAmount, /EhcPlan/Sections/SectionJ/Line[4]/AnnualAmount",
            "sections.K.advice[0].documentReference, /EhcPlan/Sections/SectionK/Advice[1]/DocumentReference",
            "sections.I.establishment, /EhcPlan/Sections/SectionI/Establishment",
            "dates.issued, /EhcPlan/Dates/Issued",
            "$, /EhcPlan",
    })
    void translatesCanonicalFieldPathsToXPaths(String canonical, String xpath) {
        assertThat(CouncilXmlPaths.toXPath("/EhcPlan", canonical)).isEqualTo(xpath);
    }

    @ParameterizedTest
    @CsvSource({
            "sections[1].writtenOn, /AdviceDocument/Section[2]/WrittenOn",
            "adviser.organisationCode, /AdviceDocument/Adviser/OrganisationCode",
            "attachments[0].sha256, /AdviceDocument/Attachment[1]/Sha256",
    })
    void anAdviceDocumentsSectionsAreItsRepeatedSectionElements(String canonical, String xpath) {
        assertThat(CouncilXmlPaths.toXPath("/AdviceDocument", canonical)).isEqualTo(xpath);
    }
}

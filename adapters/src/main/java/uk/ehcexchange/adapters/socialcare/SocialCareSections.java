package uk.ehcexchange.adapters.socialcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.ehcexchange.model.NarrativeSection;
import uk.ehcexchange.model.ProvisionItem;
import uk.ehcexchange.model.ProvisionSection;
import uk.ehcexchange.model.SocialCareAssessment;

/**
 * Maps a children's social care assessment to the content of sections D, H1 and H2 of an EHC plan. Pure function.
 *
 * <p>Section D states the needs the assessment found. Each recommended provision goes to H1 when it is one of the
 * services listed in s2(1) of the Chronically Sick and Disabled Persons Act 1970 (the H1 test, SEND Code of
 * Practice 9.69), recognised by the words of its description, and to H2 otherwise. The canonical assessment does
 * not say which it is, so the rule is explicit, listed below, and every choice is reported with its basis for the
 * SEND officer to confirm: a wrong guess is visible, never silent.
 */
public final class SocialCareSections {

    /** CSDPA 1970 s2(1) paragraphs and the words that identify each service in a provision's description. */
    private static final List<Paragraph> SECTION_2 = List.of(
            new Paragraph("(a) practical assistance in the home",
                    "practical assistance", "personal care", "in the home", "help at home", "home care"),
            new Paragraph("(b) recreational facilities in the home", "television", "radio", "library", "wireless"),
            new Paragraph("(c) recreation outside the home and access to education",
                    "short break", "leisure", "club", "outing", "community access", "community activit",
                    "recreation", "games", "lectures"),
            new Paragraph("(d) travel to and from services", "travel", "transport", "escort"),
            new Paragraph("(e) adaptations and facilities for safety, comfort or convenience",
                    "adaptation", "hoist", "safety equipment"),
            new Paragraph("(f) holidays", "holiday"),
            new Paragraph("(g) meals", "meal"),
            new Paragraph("(h) a telephone and equipment to use it", "telephone"));

    private SocialCareSections() {
    }

    public static ProposedSections from(SocialCareAssessment assessment) {
        List<ProvisionItem> h1 = new ArrayList<>();
        List<ProvisionItem> h2 = new ArrayList<>();
        List<ProposedSections.SectionChoice> choices = new ArrayList<>();
        for (ProvisionItem item : assessment.recommendedProvision()) {
            Paragraph paragraph = section2Paragraph(item.description());
            (paragraph == null ? h2 : h1).add(item);
            choices.add(new ProposedSections.SectionChoice(item.id(), paragraph == null ? "H2" : "H1",
                    paragraph == null ? "no CSDPA 1970 s2(1) service recognised: other social care provision"
                            : "CSDPA 1970 s2(1)" + paragraph.name()));
        }
        return new ProposedSections(sectionD(assessment), new ProvisionSection(assessment.author(), h1),
                new ProvisionSection(assessment.author(), h2), choices);
    }

    private static NarrativeSection sectionD(SocialCareAssessment assessment) {
        if (assessment.needs().isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("Social care needs identified by the social care assessment ")
                .append(assessment.assessmentId());
        if (assessment.author() != null) {
            text.append(" (").append(assessment.author().organisation()).append(", ")
                    .append(assessment.author().writtenOn()).append(')');
        }
        text.append(":\n");
        assessment.needs().forEach(need -> text.append("\n- ").append(need));
        return new NarrativeSection(assessment.author(), text.append('\n').toString());
    }

    private static Paragraph section2Paragraph(String description) {
        String words = description == null ? "" : description.toLowerCase(Locale.ROOT);
        for (Paragraph paragraph : SECTION_2) {
            for (String term : paragraph.terms()) {
                if (words.contains(term)) {
                    return paragraph;
                }
            }
        }
        return null;
    }

    private record Paragraph(String name, String... terms) {
    }
}

package uk.ehcexchange.adapters.councilxml;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import uk.ehcexchange.adapters.councilxml.jaxb.EhcPlanType;
import uk.ehcexchange.model.EhcPlan;

/**
 * Writes a council XML caseload ({@code Caseload} of council-xml-v1.xsd) one plan at a time, each written as
 * {@link CouncilXml#write} writes a plan alone: what {@link CouncilXmlCaseloadReader} reads.
 */
public final class CouncilXmlCaseloadWriter implements Closeable {

    private static final byte[] START = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<"
            + CouncilXmlCaseloadReader.CASELOAD + " xmlns=\"" + CouncilXml.NAMESPACE + "\">\n")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] END =
            ("</" + CouncilXmlCaseloadReader.CASELOAD + ">\n").getBytes(StandardCharsets.UTF_8);

    private final OutputStream out;

    /** Writes the start of the document straight away. */
    public CouncilXmlCaseloadWriter(OutputStream out) throws IOException {
        this.out = out;
        out.write(START);
    }

    /** @return what council XML cannot carry of the plan (listed, not written) */
    public List<NotCarried> write(EhcPlan plan) throws IOException {
        Mapped<EhcPlanType> mapped = CouncilXmlMapper.toXml(plan);
        byte[] document = CouncilXml.write(mapped.value());
        int body = afterDeclaration(document);
        out.write(document, body, document.length - body);
        return mapped.notCarried();
    }

    /** Where the plan's element starts: after the XML declaration and its line break. */
    private static int afterDeclaration(byte[] document) {
        for (int i = 1; i < document.length; i++) {
            if (document[i - 1] == '?' && document[i] == '>') {
                return document[i + 1] == '\n' ? i + 2 : i + 1;
            }
        }
        throw new IllegalStateException("a written plan starts with an XML declaration");
    }

    @Override
    public void close() throws IOException {
        try (out) {
            out.write(END);
        }
    }
}

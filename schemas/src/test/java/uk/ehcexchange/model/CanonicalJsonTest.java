package uk.ehcexchange.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private final ObjectMapper mapper = CanonicalJson.mapper();

    @Test
    void amountsKeepTheirWrittenScaleEvenThroughATree() throws Exception {
        String json = "{\"stream\":\"EDUCATION\",\"annualAmount\":1850.00,\"directPayment\":false}";

        JsonNode tree = mapper.readTree(json);
        BudgetLine viaTree = mapper.treeToValue(tree, BudgetLine.class);
        BudgetLine direct = mapper.readValue(json, BudgetLine.class);

        assertThat(viaTree.annualAmount()).isEqualTo(new BigDecimal("1850.00"));
        assertThat(direct.annualAmount()).isEqualTo(new BigDecimal("1850.00"));
        assertThat(mapper.writeValueAsString(viaTree)).contains("\"annualAmount\":1850.00");
    }

    @Test
    void amountsAreNeverWrittenInExponentForm() throws Exception {
        BudgetLine line = new BudgetLine(FundingStream.HEALTH, new BigDecimal("1.85E+3"), false, null);
        assertThat(mapper.writeValueAsString(line)).contains("\"annualAmount\":1850").doesNotContain("E+");
    }
}

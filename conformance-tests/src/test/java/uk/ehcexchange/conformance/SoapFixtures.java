package uk.ehcexchange.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;
import org.assertj.core.api.ThrowableAssert;
import uk.ehcexchange.conformance.soapclient.HubFault;
import uk.ehcexchange.conformance.soapclient.HubFault_Exception;
import uk.ehcexchange.conformance.soapclient.SubmitPlanRequest;
import uk.ehcexchange.conformance.soapclient.SubmitPlanResponse;
import uk.ehcexchange.conformance.soapclient.EhcHubPortType;

/** Small things the SOAP conformance tests share. */
final class SoapFixtures {

    static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private SoapFixtures() {
    }

    static LocalDate today() {
        return LocalDate.now(ENGLAND);
    }

    static XMLGregorianCalendar date(LocalDate date) {
        try {
            return DatatypeFactory.newInstance().newXMLGregorianCalendar(date.toString());
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The golden plan owned by {@code council}, with a fresh id. */
    static ObjectNode plan(String planId, String council) {
        ObjectNode plan = Plans.golden(planId);
        plan.put("owningCouncil", council);
        return plan;
    }

    static SubmitPlanResponse submit(EhcHubPortType port, ObjectNode plan, String messageId) throws HubFault_Exception {
        SubmitPlanRequest request = new SubmitPlanRequest();
        request.setMessageId(messageId);
        request.setEhcPlan(SoapClients.councilXmlPlan(plan));
        return port.submitPlan(request);
    }

    /** The typed fault a call raises, with its detail. */
    static HubFault fault(ThrowableAssert.ThrowingCallable call) {
        try {
            call.call();
        } catch (HubFault_Exception fault) {
            return fault.getFaultInfo();
        } catch (Throwable other) {
            throw new AssertionError("expected a hub:HubFault, got " + other, other);
        }
        throw new AssertionError("expected a hub:HubFault, but the call succeeded");
    }

    static void assertFault(HubFault fault, String code, String element, String rule) {
        assertThat(fault.getCode()).isEqualTo(code);
        assertThat(fault.getError()).anySatisfy(error -> {
            assertThat(error.getElement()).isEqualTo(element);
            assertThat(error.getRule()).isEqualTo(rule);
        });
    }
}

package uk.ehcexchange.hub.door.soap;

import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import uk.ehcexchange.hub.audit.AuditRecorder;
import uk.ehcexchange.hub.core.RejectedException;
import uk.ehcexchange.hub.door.soap.generated.HubFault;
import uk.ehcexchange.hub.door.soap.generated.HubFault_Exception;
import uk.ehcexchange.model.validation.Violation;

/**
 * Builds the detail of every SOAP Fault (hub:HubFault) and audits the refusal it reports, so that no refusal
 * over SOAP goes unrecorded, whether the service layer refused it or the XML never reached it.
 */
@Component
public class SoapFaults {

    private final AuditRecorder audit;

    public SoapFaults(AuditRecorder audit) {
        this.audit = audit;
    }

    /**
     * A refusal by the service layer (the same RejectedException the REST API turns into a problem document).
     *
     * @param elementOf the XPath in this message of one of the service's field names
     */
    public HubFault_Exception rejected(RejectedException e, String actor, String operation,
                                       UnaryOperator<String> elementOf) {
        SoapFaultCode code = SoapFaultCode.of(e.rejection());
        HubFault fault = fault(code, e.rejection().title(), e.getMessage(), e.violations(), elementOf);
        record(actor, operation, e.subjectId(), fault);
        return new HubFault_Exception(e.getMessage(), fault);
    }

    /** A refusal before the service layer: authentication, XML, schema. */
    public HubFault refused(SoapFaultCode code, String title, String detail, List<Violation> errors, String actor,
                            String operation) {
        HubFault fault = fault(code, title, detail, errors, field -> field);
        record(actor, operation, null, fault);
        return fault;
    }

    private void record(String actor, String operation, String subjectId, HubFault fault) {
        String first = fault.getError().isEmpty() ? ""
                : " " + fault.getError().get(0).getElement() + " " + fault.getError().get(0).getRule();
        String reason = fault.getCode() + first;
        // The audit trail keeps 200 characters of reason; a deep XPath is cut rather than refused.
        audit.rejected(actor, "soap " + operation, subjectId,
                reason.length() > 200 ? reason.substring(0, 200) : reason);
    }

    private static HubFault fault(SoapFaultCode code, String title, String detail, List<Violation> errors,
                                  UnaryOperator<String> elementOf) {
        HubFault fault = new HubFault();
        fault.setCode(code.code());
        fault.setTitle(title);
        fault.setDetail(detail);
        for (Violation violation : errors) {
            HubFault.Error error = new HubFault.Error();
            error.setElement(elementOf.apply(violation.field()));
            error.setField(violation.field());
            error.setRule(violation.rule());
            error.setMessage(violation.message());
            fault.getError().add(error);
        }
        return fault;
    }
}

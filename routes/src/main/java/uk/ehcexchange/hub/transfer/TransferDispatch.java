package uk.ehcexchange.hub.transfer;

import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands an accepted transfer to the broker. A failure here loses nothing: the ledger row is already durable. */
@Component
public class TransferDispatch {

    private static final Logger log = LoggerFactory.getLogger(TransferDispatch.class);

    private final ProducerTemplate producer;

    public TransferDispatch(ProducerTemplate producer) {
        this.producer = producer;
    }

    public void handToBroker(String transferId) {
        try {
            producer.sendBody(HubEndpoints.TRANSFERS_OUTBOUND, transferId);
        } catch (RuntimeException brokerUnavailable) {
            log.warn("Transfer {} is recorded but could not be queued now; the outbox sweep will send it", transferId,
                    brokerUnavailable);
        }
    }
}

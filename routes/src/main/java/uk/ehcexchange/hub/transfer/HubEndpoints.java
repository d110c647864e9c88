package uk.ehcexchange.hub.transfer;

/** The broker queues of the transfer path, in the order a transfer travels them. */
public final class HubEndpoints {

    /** Transfer ids accepted from old councils, waiting to be sealed and sent. */
    public static final String TRANSFERS_OUTBOUND = "jms:queue:ehc.transfers.outbound";
    /** Sealed transfer packages addressed to councils this hub serves. */
    public static final String TRANSFERS_INBOUND = "jms:queue:ehc.transfers.inbound";
    /** Receipts from the receiving side back to the sender's ledger. */
    public static final String TRANSFER_RECEIPTS = "jms:queue:ehc.transfers.receipts";
    /** Messages that failed after every redelivery, with the reason in the EhcFailureReason header. */
    public static final String DEAD_LETTER = "jms:queue:ehc.dead-letter";

    /**
     * Consumers acknowledge a message only after its effects are committed, so a crash means redelivery. Several
     * consumers per queue let the broker's journal sync their commits together instead of one after another.
     */
    public static String consume(String queue, int consumers) {
        return queue + "?transacted=true&concurrentConsumers=" + consumers;
    }

    private HubEndpoints() {
    }
}

package uk.ehcexchange.model;

/**
 * A party the hub exchanges documents with. Councils are identified by DfE LA code (and carry their ONS GSS code);
 * ICBs and NHS trusts by ODS code.
 *
 * @param code    the identifier the hub uses for this authority: the LA code for a council, the ODS code otherwise
 * @param inbound for a council in the hub's directory: the format and front door its system takes deliveries in;
 *                absent otherwise
 */
public record Authority(AuthorityKind kind, String code, String laCode, String gssCode, String odsCode, String name,
                        InboundPreference inbound) {

    public Authority(AuthorityKind kind, String code, String laCode, String gssCode, String odsCode, String name) {
        this(kind, code, laCode, gssCode, odsCode, name, null);
    }

    public Authority withInbound(InboundPreference preference) {
        return new Authority(kind, code, laCode, gssCode, odsCode, name, preference);
    }
}

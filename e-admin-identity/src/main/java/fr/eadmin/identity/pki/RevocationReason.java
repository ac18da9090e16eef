package fr.eadmin.identity.pki;

/** Why a certificate is revoked: the CRLReason codes of RFC 5280 section 5.3.1 that a town uses. */
public enum RevocationReason {
    /** No reason given. */
    UNSPECIFIED(0),
    /** The private key is known or suspected to be compromised. */
    KEY_COMPROMISE(1),
    /** The authority's key is known or suspected to be compromised. */
    CA_COMPROMISE(2),
    /** The holder left the town or changed service. */
    AFFILIATION_CHANGED(3),
    /** A new certificate replaces this one. */
    SUPERSEDED(4),
    /** The certificate is no longer needed (the service closed). */
    CESSATION_OF_OPERATION(5),
    /** A right the certificate carried was withdrawn. */
    PRIVILEGE_WITHDRAWN(9);

    private final int code;

    RevocationReason(int code) {
        this.code = code;
    }

    /**
     * The CRLReason code of RFC 5280.
     *
     * @return the code
     */
    public int code() {
        return code;
    }
}

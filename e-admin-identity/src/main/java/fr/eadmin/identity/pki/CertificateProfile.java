package fr.eadmin.identity.pki;

/**
 * What an end-entity certificate is for, which sets its key usages. Certificates of authorities are made
 * by {@link CertificateAuthority#createRoot} and {@link CertificateAuthority#createIssuingAuthority}.
 */
public enum CertificateProfile {
    /**
     * An agent's signature: key usages digitalSignature and nonRepudiation (contentCommitment), critical.
     */
    AGENT_SIGNATURE,
    /**
     * The town's electronic seal (cachet serveur), which an application applies without a person:
     * digitalSignature and nonRepudiation, critical, like a seal certificate of ETSI EN 319 412-3.
     */
    ELECTRONIC_SEAL,
    /**
     * A timestamping unit: key usage digitalSignature and the only extended key usage id-kp-timeStamping,
     * critical, as RFC 3161 section 2.3 requires.
     */
    TIMESTAMPING_UNIT
}

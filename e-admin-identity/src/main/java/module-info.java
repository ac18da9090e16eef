/**
 * e-admin identity: the trust foundation of what a town issues. Its own certification authority
 * (certificates for agents, the town's electronic seal and its timestamping unit, CRLs, PKCS#12 files), RFC
 * 3161 timestamps (an embedded authority, a client for an external one, verification) and CAdES detached
 * signatures with their verifier; PAdES signatures and seals of PDFs, validation reports in the ETSI EN 319
 * 102-1 vocabulary, verifiable seals for 2D codes; accounts and
 * authentication (Argon2id passwords, throttling, single-use tokens, TOTP); roles, mandates and the
 * authorizer.
 *
 * <p>The API speaks JCA types ({@link java.security.PrivateKey}, {@link java.security.cert.X509Certificate},
 * {@link java.security.cert.X509CRL}); Bouncy Castle stays an implementation detail.
 */
@SuppressWarnings("requires-automatic") // PDFBox 3 ships an Automatic-Module-Name, not a module descriptor
module fr.eadmin.identity {
    requires transitive fr.eadmin.core;
    requires transitive java.net.http;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.apache.pdfbox;
    requires org.slf4j;
    requires com.fasterxml.jackson.databind;
    requires static transitive org.jspecify;

    exports fr.eadmin.identity;
    exports fr.eadmin.identity.pki;
    exports fr.eadmin.identity.timestamp;
    exports fr.eadmin.identity.cades;
    exports fr.eadmin.identity.account;
    exports fr.eadmin.identity.account.spi;
    exports fr.eadmin.identity.account.memory;
    exports fr.eadmin.identity.authz;
    exports fr.eadmin.identity.franceconnect;
    exports fr.eadmin.identity.franceconnect.spi;
    exports fr.eadmin.identity.franceconnect.local;
    exports fr.eadmin.identity.jdbc;
    exports fr.eadmin.identity.pades;
    exports fr.eadmin.identity.validation;
    exports fr.eadmin.identity.seal;
}

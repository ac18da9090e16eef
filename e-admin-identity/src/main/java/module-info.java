/**
 * e-admin identity: the trust foundation of what a town issues. Its own certification authority
 * (certificates for agents, the town's electronic seal and its timestamping unit, CRLs, PKCS#12 files), RFC
 * 3161 timestamps (an embedded authority, a client for an external one, verification) and CAdES detached
 * signatures with their verifier; accounts and
 * authentication (Argon2id passwords, throttling, single-use tokens, TOTP); roles, mandates and the
 * authorizer.
 *
 * <p>The API speaks JCA types ({@link java.security.PrivateKey}, {@link java.security.cert.X509Certificate},
 * {@link java.security.cert.X509CRL}); Bouncy Castle stays an implementation detail.
 */
module fr.eadmin.identity {
    requires transitive fr.eadmin.core;
    requires transitive java.net.http;
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    requires org.bouncycastle.util;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports fr.eadmin.identity;
    exports fr.eadmin.identity.pki;
    exports fr.eadmin.identity.timestamp;
    exports fr.eadmin.identity.cades;
    exports fr.eadmin.identity.account;
    exports fr.eadmin.identity.account.spi;
    exports fr.eadmin.identity.account.memory;
    exports fr.eadmin.identity.authz;
}

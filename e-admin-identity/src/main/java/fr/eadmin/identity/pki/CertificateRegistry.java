package fr.eadmin.identity.pki;

import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;

/**
 * What a town's authorities must remember: the certificates they issued, the revocations, and the number
 * of the last CRL each one signed. Keyed by the issuer's distinguished name, so that one registry serves a
 * root and its issuing authorities.
 *
 * <p>{@link InMemoryCertificateRegistry} keeps it in memory. A JDBC implementation needs three tables:
 * {@code certificate (issuer_dn, serial, der, not_after, primary key (issuer_dn, serial))}, {@code
 * revocation (issuer_dn, serial, revoked_at, reason, primary key (issuer_dn, serial), foreign key to
 * certificate)} and {@code crl_counter (issuer_dn primary key, last_number)}; {@link #nextCrlNumber} reads
 * and increments the counter in one transaction ({@code update … set last_number = last_number + 1} then a
 * read, or {@code select … for update}) so that two nodes never sign two CRLs with one number. The issuer
 * key is {@link X500Principal#getName(String) getName(CANONICAL)}.
 *
 * <p>Implementations are thread-safe.
 */
public interface CertificateRegistry {
    /**
     * Records an issued certificate.
     *
     * @param certificate the certificate
     * @throws fr.eadmin.core.DuplicateKeyException if the issuer already issued this serial number
     */
    void recordIssued(X509Certificate certificate);

    /**
     * Finds a certificate an issuer issued.
     *
     * @param issuer the issuer's name
     * @param serialNumber the serial number
     * @return the certificate, or empty if this issuer never issued it
     */
    Optional<X509Certificate> find(X500Principal issuer, BigInteger serialNumber);

    /**
     * Records a revocation.
     *
     * @param issuer the issuer's name
     * @param revocation the revocation
     * @throws fr.eadmin.core.NotFoundException if the issuer never issued the certificate
     * @throws fr.eadmin.core.DuplicateKeyException if it is already revoked
     */
    void recordRevocation(X500Principal issuer, Revocation revocation);

    /**
     * The revocations of an issuer's certificates.
     *
     * @param issuer the issuer's name
     * @return the revocations in the order they were recorded
     */
    List<Revocation> revocations(X500Principal issuer);

    /**
     * Allocates the number of the issuer's next CRL: 1, then 2, 3… never the same twice.
     *
     * @param issuer the issuer's name
     * @return the number
     */
    BigInteger nextCrlNumber(X500Principal issuer);
}

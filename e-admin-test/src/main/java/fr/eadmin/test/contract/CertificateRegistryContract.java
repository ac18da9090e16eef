package fr.eadmin.test.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.core.NotFoundException;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.CertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.pki.Revocation;
import fr.eadmin.identity.pki.RevocationReason;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CertificateRegistry}: every implementation's test extends this class and provides
 * the registry. Each test creates authorities with fresh names, so that one database may serve the class.
 */
public abstract class CertificateRegistryContract extends StoreContract<CertificateRegistry> {
    /** How many threads the concurrency tests run. */
    protected static final int THREADS = 8;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneId.of("Europe/Paris"));

    /** For subclasses. */
    protected CertificateRegistryContract() {}

    private CertificateAuthority freshRoot() {
        X500Principal name = new X500Principal("CN=AC " + UUID.randomUUID() + ", O=Ville de Test, C=FR");
        return CertificateAuthority.createRoot(
                AuthoritySettings.of(name, KeyAlgorithm.EC_P256, Duration.ofDays(3650)), store(), CLOCK);
    }

    private static X509Certificate issue(CertificateAuthority authority) {
        return authority
                .issueWithNewKey(
                        new X500Principal("CN=Agent " + UUID.randomUUID() + ", O=Ville de Test, C=FR"),
                        CertificateProfile.AGENT_SIGNATURE,
                        KeyAlgorithm.EC_P256,
                        Duration.ofDays(365))
                .certificate();
    }

    @Test
    void findsTheCertificatesAnIssuerIssued() {
        CertificateAuthority root = freshRoot();
        X509Certificate agent = issue(root);

        assertThat(store().find(root.name(), agent.getSerialNumber())).contains(agent);
        assertThat(store().find(root.name(), root.certificate().getSerialNumber()))
                .contains(root.certificate());
        assertThat(store().find(freshRoot().name(), agent.getSerialNumber())).isEmpty();
        assertThat(store().find(root.name(), agent.getSerialNumber().add(BigInteger.ONE)))
                .isEmpty();
    }

    @Test
    void refusesACertificateRecordedTwice() {
        CertificateAuthority root = freshRoot();
        X509Certificate agent = issue(root);

        assertThatThrownBy(() -> store().recordIssued(agent)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void keepsRevocationsInTheOrderRecorded() {
        CertificateAuthority root = freshRoot();
        X509Certificate first = issue(root);
        X509Certificate second = issue(root);
        Revocation later = new Revocation(
                second.getSerialNumber(), Instant.parse("2026-03-05T10:00:00Z"), RevocationReason.KEY_COMPROMISE);
        Revocation earlier = new Revocation(
                first.getSerialNumber(), Instant.parse("2026-03-04T10:00:00Z"), RevocationReason.SUPERSEDED);

        store().recordRevocation(root.name(), later);
        store().recordRevocation(root.name(), earlier);

        assertThat(store().revocations(root.name())).containsExactly(later, earlier);
        assertThat(store().revocations(freshRoot().name())).isEmpty();
    }

    @Test
    void refusesRevokingAnUnknownCertificateOrTwice() {
        CertificateAuthority root = freshRoot();
        X509Certificate agent = issue(root);
        Revocation revocation =
                new Revocation(agent.getSerialNumber(), CLOCK.instant(), RevocationReason.AFFILIATION_CHANGED);
        store().recordRevocation(root.name(), revocation);

        assertThatThrownBy(() -> store().recordRevocation(root.name(), revocation))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> store().recordRevocation(freshRoot().name(), revocation))
                .isInstanceOf(NotFoundException.class);
        assertThat(store().revocations(root.name())).containsExactly(revocation);
    }

    @Test
    void allocatesCrlNumbersFromOnePerIssuer() {
        X500Principal first = freshRoot().name();
        X500Principal second = freshRoot().name();

        assertThat(store().nextCrlNumber(first)).isEqualTo(BigInteger.ONE);
        assertThat(store().nextCrlNumber(first)).isEqualTo(BigInteger.TWO);
        assertThat(store().nextCrlNumber(second)).isEqualTo(BigInteger.ONE);
        assertThat(store().nextCrlNumber(first)).isEqualTo(BigInteger.valueOf(3));
    }

    @Test
    void neverGivesOneCrlNumberTwiceNorSkipsOneUnderConcurrency() throws Exception {
        X500Principal issuer = freshRoot().name();
        int each = 5;
        List<Callable<List<BigInteger>>> tasks = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            tasks.add(() -> {
                List<BigInteger> numbers = new ArrayList<>();
                for (int n = 0; n < each; n++) {
                    numbers.add(store().nextCrlNumber(issuer));
                }
                return numbers;
            });
        }

        Set<BigInteger> all = new HashSet<>();
        int count = 0;
        for (List<BigInteger> numbers : Concurrency.runTogether(tasks)) {
            all.addAll(numbers);
            count += numbers.size();
        }

        assertThat(count).isEqualTo(THREADS * each);
        assertThat(all).hasSize(THREADS * each);
        assertThat(all.stream().mapToInt(BigInteger::intValueExact).max()).hasValue(THREADS * each);
    }

    @Test
    void servesAnAuthorityThatRevokesAndPublishesCrls() throws Exception {
        CertificateAuthority root = freshRoot();
        X509Certificate agent = issue(root);
        root.revoke(agent.getSerialNumber(), RevocationReason.KEY_COMPROMISE);

        X509CRL crl = root.publishCrl(Duration.ofDays(7));
        X509CRL next = root.publishCrl(Duration.ofDays(7));

        assertThat(crl.getRevokedCertificate(agent.getSerialNumber())).isNotNull();
        crl.verify(root.certificate().getPublicKey());
        assertThat(crlNumber(next)).isEqualTo(crlNumber(crl).add(BigInteger.ONE));
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] extension = crl.getExtensionValue("2.5.29.20");
        // OCTET STRING { INTEGER n }: the integer's bytes follow the two tag-length pairs
        byte[] integer = java.util.Arrays.copyOfRange(extension, 4, extension.length);
        return new BigInteger(1, integer);
    }
}

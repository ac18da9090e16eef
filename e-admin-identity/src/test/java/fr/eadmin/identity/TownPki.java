package fr.eadmin.identity;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.InMemoryCertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import fr.eadmin.identity.timestamp.TimestampAuthority;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import fr.eadmin.identity.timestamp.TsaSettings;
import java.net.URI;
import java.security.cert.X509CRL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.security.auth.x500.X500Principal;

/** A town's PKI for tests: root, issuing authority, an agent, the seal and a timestamping unit. */
public final class TownPki {
    public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    public final MutableClock clock = MutableClock.at(START);
    public final InMemoryCertificateRegistry registry = new InMemoryCertificateRegistry();
    public final CertificateAuthority root;
    public final CertificateAuthority issuing;
    public final SigningCredential agent;
    public final SigningCredential seal;
    public final SigningCredential tsu;

    public TownPki() {
        this(KeyAlgorithm.EC_P256);
    }

    public TownPki(KeyAlgorithm algorithm) {
        root = CertificateAuthority.createRoot(
                AuthoritySettings.of(
                                new X500Principal("CN=Ville de Test - AC racine, O=Ville de Test, C=FR"),
                                algorithm,
                                Duration.ofDays(20 * 365))
                        .withCrlUrl(URI.create("http://pki.ville-test.fr/racine.crl")),
                registry,
                clock);
        issuing = root.createIssuingAuthority(AuthoritySettings.of(
                        new X500Principal("CN=Ville de Test - AC agents, O=Ville de Test, C=FR"),
                        algorithm,
                        Duration.ofDays(10 * 365))
                .withCrlUrl(URI.create("http://pki.ville-test.fr/agents.crl")));
        agent = issuing.issueWithNewKey(
                new X500Principal("CN=Agent 42, O=Ville de Test, C=FR"),
                CertificateProfile.AGENT_SIGNATURE,
                algorithm,
                Duration.ofDays(365));
        seal = issuing.issueWithNewKey(
                new X500Principal("CN=Cachet Ville de Test, O=Ville de Test, C=FR"),
                CertificateProfile.ELECTRONIC_SEAL,
                algorithm,
                Duration.ofDays(3 * 365));
        tsu = issuing.issueWithNewKey(
                new X500Principal("CN=Horodatage Ville de Test, O=Ville de Test, C=FR"),
                CertificateProfile.TIMESTAMPING_UNIT,
                algorithm,
                Duration.ofDays(5 * 365));
    }

    /** A timestamper backed by an embedded authority with the town's timestamping unit. */
    public Rfc3161Timestamper timestamper() {
        return Rfc3161Timestamper.create(
                TimestampAuthority.create(tsu, TsaSettings.withPolicy("1.2.250.1.999.1.1"), clock),
                TimestampVerifier.create(List.of(root.certificate()), List.of()));
    }

    /** The current CRLs of the root and the issuing authority. */
    public List<X509CRL> crls() {
        return List.of(root.publishCrl(Duration.ofDays(7)), issuing.publishCrl(Duration.ofDays(7)));
    }
}

package fr.eadmin.examples;

import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.jdbc.JdbcCertificateRegistry;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.CertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.pki.Pem;
import fr.eadmin.identity.pki.Pkcs12;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import fr.eadmin.identity.timestamp.TimestampAuthority;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import fr.eadmin.identity.timestamp.TsaSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.security.auth.x500.X500Principal;
import javax.sql.DataSource;

/**
 * A town's own trust services on the embedded defaults: the town acts as its own certification authority
 * (a root and an issuing authority), holds an electronic seal certificate (cachet serveur) and runs its own
 * RFC 3161 timestamping unit. The keys are kept in PKCS#12 files under a folder, created on first use and
 * loaded afterwards; what the authorities issue is recorded in the database.
 *
 * <p>In production a town may instead load a qualified seal certificate bought from a trust service provider
 * ({@link Pkcs12#load}, or any JCA key such as an HSM's through PKCS#11) and use an external timestamping
 * authority; the rest of the code does not change.
 */
public final class TownTrust {
    private static final String TSA_POLICY = "1.2.250.1.999.1.1";

    private final CertificateAuthority root;
    private final CertificateAuthority issuing;
    private final SigningCredential seal;
    private final SigningCredential timestampingUnit;
    private final Clock clock;

    private TownTrust(
            CertificateAuthority root,
            CertificateAuthority issuing,
            SigningCredential seal,
            SigningCredential timestampingUnit,
            Clock clock) {
        this.root = root;
        this.issuing = issuing;
        this.seal = seal;
        this.timestampingUnit = timestampingUnit;
        this.clock = clock;
    }

    /**
     * Loads a town's trust services from a folder, creating them the first time.
     *
     * @param folder the folder holding the PKCS#12 files
     * @param town the town's name as it appears in certificates, such as {@code "Ville d'Alençon"}
     * @param password the password protecting the PKCS#12 files (from the portal's secret store in production)
     * @param dataSource the database where issued certificates and revocations are recorded
     * @param clock the source of time
     * @return the trust services
     * @throws IOException if the folder cannot be created
     */
    public static TownTrust openOrCreate(Path folder, String town, char[] password, DataSource dataSource, Clock clock)
            throws IOException {
        Objects.requireNonNull(town, "town");
        Files.createDirectories(folder);
        CertificateRegistry registry = JdbcCertificateRegistry.create(dataSource);
        String slug = slug(town);
        URI crlBase = URI.create("http://pki." + slug + ".example/");
        Path rootFile = folder.resolve("ac-racine.p12");
        Path issuingFile = folder.resolve("ac-services.p12");
        Path sealFile = folder.resolve("cachet.p12");
        Path tsuFile = folder.resolve("horodatage.p12");
        if (Files.exists(rootFile)) {
            CertificateAuthority root = CertificateAuthority.of(
                    Pkcs12.load(rootFile, password), crlBase.resolve("racine.crl"), registry, clock);
            CertificateAuthority issuing = CertificateAuthority.of(
                    Pkcs12.load(issuingFile, password), crlBase.resolve("services.crl"), registry, clock);
            return new TownTrust(root, issuing, Pkcs12.load(sealFile, password), Pkcs12.load(tsuFile, password), clock);
        }
        CertificateAuthority root = CertificateAuthority.createRoot(
                AuthoritySettings.of(
                                new X500Principal("CN=" + town + " - AC racine, O=" + town + ", C=FR"),
                                KeyAlgorithm.EC_P256,
                                Duration.ofDays(20 * 365))
                        .withCrlUrl(crlBase.resolve("racine.crl")),
                registry,
                clock);
        CertificateAuthority issuing = root.createIssuingAuthority(AuthoritySettings.of(
                        new X500Principal("CN=" + town + " - AC services, O=" + town + ", C=FR"),
                        KeyAlgorithm.EC_P256,
                        Duration.ofDays(10 * 365))
                .withCrlUrl(crlBase.resolve("services.crl")));
        SigningCredential seal = issuing.issueWithNewKey(
                new X500Principal("CN=Cachet " + town + ", O=" + town + ", C=FR"),
                CertificateProfile.ELECTRONIC_SEAL,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(3 * 365));
        SigningCredential tsu = issuing.issueWithNewKey(
                new X500Principal("CN=Horodatage " + town + ", O=" + town + ", C=FR"),
                CertificateProfile.TIMESTAMPING_UNIT,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(5 * 365));
        Pkcs12.save(root.credential(), rootFile, password);
        Pkcs12.save(issuing.credential(), issuingFile, password);
        Pkcs12.save(seal, sealFile, password);
        Pkcs12.save(tsu, tsuFile, password);
        return new TownTrust(root, issuing, seal, tsu, clock);
    }

    /** {@return the root authority, whose certificate relying parties trust} */
    public CertificateAuthority root() {
        return root;
    }

    /** {@return the issuing authority that certifies the town's agents, seal and timestamping unit} */
    public CertificateAuthority issuing() {
        return issuing;
    }

    /** {@return the town's electronic seal: its key and its chain up to the root} */
    public SigningCredential seal() {
        return seal;
    }

    /** {@return the root certificate: the one certificate a relying party must trust} */
    public X509Certificate trustAnchor() {
        return root.certificate();
    }

    /** {@return the current CRLs of the root and the issuing authority} */
    public List<X509CRL> crls() {
        return List.of(root.publishCrl(Duration.ofDays(7)), issuing.publishCrl(Duration.ofDays(7)));
    }

    /**
     * The town's timestamping unit as an embedded RFC 3161 authority, with a client that checks each token
     * against the town's root.
     *
     * @return the timestamper
     */
    public Rfc3161Timestamper timestamper() {
        return Rfc3161Timestamper.create(
                TimestampAuthority.create(timestampingUnit, TsaSettings.withPolicy(TSA_POLICY), clock),
                TimestampVerifier.create(List.of(trustAnchor()), List.of()).withCrls(crls()));
    }

    /**
     * Publishes the root certificate (PEM) in a scenario's folder and records it in the index as a trust
     * anchor: what the town hands relying parties, on its website for instance.
     *
     * @param context the scenario
     * @param name the file name, such as {@code "alencon-ac-racine.pem"}
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public Path publishTrustAnchor(ScenarioContext context, String name) throws IOException {
        Path file = context.file(name);
        Files.writeString(file, Pem.certificate(trustAnchor()));
        context.record(ArtifactKind.TRUST_ANCHOR, file);
        return file;
    }

    private static String slug(String town) {
        String ascii = java.text.Normalizer.normalize(town, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-");
        return ascii.replaceAll("^-|-$", "");
    }
}

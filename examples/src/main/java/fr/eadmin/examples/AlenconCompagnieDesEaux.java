package fr.eadmin.examples;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.documents.EmbeddedData;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The water company's side: a subscriber sends an extrait d'acte de mariage to change the name on a contract,
 * the sealed PDF and, for the company's programs, the facts file with its detached seal. The company trusts one
 * certificate, the root the town publishes on its website, and reads the revocation lists the town publishes
 * next to it; nothing else: no network, no list of trust service providers. It validates the sealed PDF, checks
 * that the facts file is the one the PDF embeds and validates its seal, then reads the facts; and it refuses
 * a copy of the PDF where one byte changed, and a facts file where one byte of the spouse's name changed.
 */
final class AlenconCompagnieDesEaux {
    /**
     * What the company concluded.
     *
     * @param original the validation of the PDF as received
     * @param tampered the validation of the altered copy of the PDF
     * @param alteredAt the offset of the byte changed in the copy
     * @param alteration what the change did, in words
     * @param facts the validation of the facts file and its detached seal
     * @param tamperedFacts the validation of the facts file where one byte of the spouse's name changed
     * @param factsAlteration what that change did, in words
     * @param beneficiary the beneficiary the facts of the valid PDF name
     */
    record Verification(
            ValidationReport original,
            ValidationReport tampered,
            int alteredAt,
            String alteration,
            ValidationReport facts,
            ValidationReport tamperedFacts,
            String factsAlteration,
            String beneficiary) {}

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM uuuu à HH:mm:ss", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private final ScenarioContext context;
    private final Path trustAnchor;
    private final List<Path> crlFiles;
    private final Clock clock;

    AlenconCompagnieDesEaux(ScenarioContext context, Path trustAnchor, List<Path> crlFiles, Clock clock) {
        this.context = context;
        this.trustAnchor = trustAnchor;
        this.crlFiles = List.copyOf(crlFiles);
        this.clock = clock;
    }

    /**
     * Verifies what the subscriber sent and altered copies of it, and writes the company's report.
     *
     * @param received the PDF the subscriber sent
     * @param factsFile the facts file the subscriber sent
     * @param factsSeal its detached CAdES seal
     * @return what was concluded
     * @throws Exception if the root or the revocation lists cannot be read
     */
    Verification verify(byte[] received, byte[] factsFile, byte[] factsSeal) throws Exception {
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        X509Certificate root;
        try (InputStream in = Files.newInputStream(trustAnchor)) {
            root = (X509Certificate) x509.generateCertificate(in);
        }
        List<X509CRL> crls = new ArrayList<>();
        for (Path file : crlFiles) {
            try (InputStream in = Files.newInputStream(file)) {
                crls.add((X509CRL) x509.generateCRL(in));
            }
        }
        // @start region="verify"
        // The PDF carries its own validation material (B-LT); the detached seal needs the published CRLs.
        SignatureValidator validator = SignatureValidator.create(List.of(root), clock);
        SignatureValidator withCrls = validator.withCrls(crls);

        ValidationReport original = validator.validatePdf(received);
        // @end
        if (!original.passed()) {
            throw new IllegalStateException("the extrait as issued does not validate: " + original.indication());
        }
        JsonNode facts = EmbeddedData.readTree(received);
        String beneficiary = facts.path("beneficiary").asText();

        // A copy where one byte changed: the last digit of the extrait's number in the title of the document
        // (its XMP metadata, which PDF/A stores uncompressed), 0187 becoming 0188.
        String number = facts.path("number").asText();
        byte[] copy = received.clone();
        int at = indexOf(copy, (number + "</rdf:li>").getBytes(StandardCharsets.UTF_8));
        if (at < 0) {
            throw new IllegalStateException("the extrait's number is not in the document's metadata");
        }
        at += number.length() - 1;
        String forged = number.substring(0, number.length() - 1) + (char) (copy[at] + 1);
        copy[at] = (byte) (copy[at] + 1);
        ValidationReport tampered = validator.validatePdf(copy);
        String alteration = "octet " + at + ", titre du document : « " + number + " » devient « " + forged + " »";

        // The facts file: the one the sealed PDF embeds, under the town's detached seal.
        if (!Arrays.equals(factsFile, EmbeddedData.read(received))) {
            throw new IllegalStateException("the facts file is not the one the extrait embeds");
        }
        ValidationReport factsReport = withCrls.validateDetached(factsSeal, new ByteArrayInputStream(factsFile));
        // A facts file where one byte of the second spouse's name changed: MOREAU becomes NOREAU.
        byte[] alteredFacts = factsFile.clone();
        int nameAt = indexOf(alteredFacts, "MOREAU".getBytes(StandardCharsets.UTF_8));
        if (nameAt < 0) {
            throw new IllegalStateException("the facts file does not name the second spouse");
        }
        alteredFacts[nameAt] = 'N';
        ValidationReport tamperedFacts = withCrls.validateDetached(factsSeal, new ByteArrayInputStream(alteredFacts));
        String factsAlteration = "octet " + nameAt + " : « MOREAU » devient « NOREAU »";

        Verification verification = new Verification(
                original, tampered, at, alteration, factsReport, tamperedFacts, factsAlteration, beneficiary);
        context.writeReport("verification-compagnie-des-eaux.txt", report(root, facts, verification));
        context.say("water company: extrait " + original.indication() + ", altered copy " + tampered.indication()
                + " / " + tampered.signatures().get(0).subIndication() + "; facts file " + factsReport.indication()
                + ", altered name " + tamperedFacts.indication() + " / "
                + tamperedFacts.signatures().get(0).subIndication());
        return verification;
    }

    private String report(X509Certificate root, JsonNode facts, Verification v) {
        StringBuilder text = new StringBuilder();
        text.append("Compagnie des eaux — vérification d'un extrait d'acte de mariage\n")
                .append("Vérifié le ")
                .append(TIME.format(v.original().validationTime()))
                .append(", hors ligne, avec pour seule ancre de confiance :\n  ")
                .append(root.getSubjectX500Principal().getName())
                .append("\net les listes de révocation publiées par la Ville.\n\n1. Extrait PDF reçu\n");
        signatures(text, v.original());
        text.append("  Conclusion : ")
                .append(v.original().indication())
                .append(" — document accepté\n")
                .append("  Données intégrées : extrait ")
                .append(facts.path("number").asText())
                .append(", demande ")
                .append(facts.path("demandeReference").asText())
                .append(", bénéficiaire ")
                .append(v.beneficiary())
                .append('\n');
        text.append("\n2. Copie du PDF modifiée (").append(v.alteration()).append(")\n");
        signatures(text, v.tampered());
        text.append("  Conclusion : ")
                .append(v.tampered().indication())
                .append(" — document refusé : ce qu'il montre n'est plus ce que la Ville a scellé\n");
        text.append("\n3. Fichier de données reçu (identique aux données intégrées au PDF), cachet CAdES détaché\n");
        signatures(text, v.facts());
        text.append("  Conclusion : ")
                .append(v.facts().indication())
                .append(v.facts().passed() ? " — données acceptées\n" : " — données refusées\n");
        text.append("\n4. Fichier de données modifié (")
                .append(v.factsAlteration())
                .append(")\n");
        signatures(text, v.tamperedFacts());
        text.append("  Conclusion : ")
                .append(v.tamperedFacts().indication())
                .append(" — données refusées : le nom du conjoint n'est plus celui que la Ville a scellé\n");
        return text.toString();
    }

    private static void signatures(StringBuilder text, ValidationReport report) {
        for (SignatureReport s : report.signatures()) {
            text.append("  ")
                    .append(s.kind() == SignatureReport.Kind.SIGNATURE ? "Cachet « " : "Horodatage « ")
                    .append(s.id())
                    .append(" » : ")
                    .append(s.indication());
            if (s.subIndication() != null) {
                text.append(" / ").append(s.subIndication());
            }
            text.append('\n');
            line(text, "signataire", s.signer());
            line(text, "niveau", s.level() == null ? null : s.level().name());
            line(
                    text,
                    "heure attestée par l'horodatage",
                    s.attestedTime() == null ? null : TIME.format(s.attestedTime()));
            for (String detail : s.details()) {
                text.append("    - ").append(detail).append('\n');
            }
        }
    }

    private static void line(StringBuilder text, String label, @Nullable String value) {
        if (value != null) {
            text.append("    ").append(label).append(" : ").append(value).append('\n');
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}

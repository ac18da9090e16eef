package fr.eadmin.examples;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.documents.EmbeddedData;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import fr.eadmin.identity.validation.ValidationReport;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The water company's side: a subscriber sends an extrait d'acte de mariage to change the name on a
 * contract. The company trusts one certificate, the root the town publishes on its website, and nothing
 * else: no network, no list of trust service providers. It validates the sealed PDF, reads the facts the PDF
 * embeds once the seal holds, and refuses a copy where one byte was changed.
 */
final class AlenconCompagnieDesEaux {
    /**
     * What the company concluded.
     *
     * @param original the validation of the PDF as received
     * @param tampered the validation of the altered copy
     * @param alteredAt the offset of the byte changed in the copy
     * @param alteration what the change did, in words
     * @param beneficiary the beneficiary the facts of the valid PDF name
     */
    record Verification(
            ValidationReport original,
            ValidationReport tampered,
            int alteredAt,
            String alteration,
            String beneficiary) {}

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d MMMM uuuu à HH:mm:ss", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private final ScenarioContext context;
    private final Path trustAnchor;
    private final Clock clock;

    AlenconCompagnieDesEaux(ScenarioContext context, Path trustAnchor, Clock clock) {
        this.context = context;
        this.trustAnchor = trustAnchor;
        this.clock = clock;
    }

    /**
     * Verifies a received PDF and an altered copy of it, and writes the company's report.
     *
     * @param received the PDF the subscriber sent
     * @return what was concluded
     * @throws Exception if the root cannot be read
     */
    Verification verify(byte[] received) throws Exception {
        X509Certificate root;
        try (InputStream in = Files.newInputStream(trustAnchor)) {
            root = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        SignatureValidator validator = SignatureValidator.create(List.of(root), clock);

        ValidationReport original = validator.validatePdf(received);
        if (!original.passed()) {
            throw new IllegalStateException("the extrait as issued does not validate: " + original);
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

        Verification verification = new Verification(original, tampered, at, alteration, beneficiary);
        context.writeReport("verification-compagnie-des-eaux.txt", report(root, facts, verification));
        context.say("water company: extrait " + original.indication() + ", altered copy " + tampered.indication()
                + " / " + tampered.signatures().get(0).subIndication());
        return verification;
    }

    private String report(X509Certificate root, JsonNode facts, Verification v) {
        StringBuilder text = new StringBuilder();
        text.append("Compagnie des eaux — vérification d'un extrait d'acte de mariage\n")
                .append("Vérifié le ")
                .append(TIME.format(v.original().validationTime()))
                .append(", hors ligne, avec pour seule ancre de confiance :\n  ")
                .append(root.getSubjectX500Principal().getName())
                .append("\n\n1. Document reçu\n");
        signatures(text, v.original());
        text.append("  Conclusion : ")
                .append(v.original().indication())
                .append(" — document accepté\n")
                .append("  Données intégrées : acte ")
                .append(facts.path("number").asText())
                .append(", demande ")
                .append(facts.path("demandeReference").asText())
                .append(", bénéficiaire ")
                .append(v.beneficiary())
                .append('\n');
        text.append("\n2. Copie modifiée (").append(v.alteration()).append(")\n");
        signatures(text, v.tampered());
        text.append("  Conclusion : ")
                .append(v.tampered().indication())
                .append(" — document refusé : ce qu'il montre n'est plus ce que la Ville a scellé\n");
        return text.toString();
    }

    private static void signatures(StringBuilder text, ValidationReport report) {
        for (SignatureReport s : report.signatures()) {
            text.append("  ")
                    .append(s.kind() == SignatureReport.Kind.SIGNATURE ? "Cachet " : "Horodatage ")
                    .append(s.id())
                    .append(" : ")
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

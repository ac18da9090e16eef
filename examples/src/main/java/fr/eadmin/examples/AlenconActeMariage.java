package fr.eadmin.examples;

import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.spi.TimestampToken;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.documents.Attestation;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.RenderedDocument;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.identity.cades.CadesSigner;
import fr.eadmin.identity.cades.CadesVerification;
import fr.eadmin.identity.cades.CadesVerifier;
import fr.eadmin.identity.pades.PadesParameters;
import fr.eadmin.identity.pades.PadesSigner;
import fr.eadmin.identity.pki.Pem;
import fr.eadmin.identity.timestamp.Rfc3161Timestamper;
import fr.eadmin.identity.timestamp.TimestampVerification;
import fr.eadmin.identity.timestamp.TimestampVerifier;
import fr.eadmin.identity.validation.BaselineLevel;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The état civil of Alençon issues an extrait d'acte de mariage: rendered as a PDF/A with its facts embedded
 * as JSON, sealed with the town's electronic seal in a PAdES B-LT signature (timestamped by the town's
 * timestamping unit, with the chain and the CRLs in the document so that anyone verifies it offline); the
 * facts file is also published with a detached CAdES seal and an RFC 3161 timestamp token.
 */
final class AlenconActeMariage {
    /** The acte the scenario extracts: a marriage celebrated in Alençon on 12 September 2026. */
    static final Acte ACTE = new Acte(
            "2026/0187",
            LocalDate.of(2026, 9, 12),
            "Camille Marie LEBRUN",
            Sexe.FEMININ,
            LocalDate.of(1993, 6, 21),
            "Alençon (Orne)",
            "Julien Pierre MOREAU",
            Sexe.MASCULIN,
            LocalDate.of(1991, 1, 8),
            "Argentan (Orne)");

    /**
     * The facts of an acte de mariage that an extrait (without filiation) shows.
     *
     * @param numero the acte's number in the register
     * @param celebre the day of the marriage
     * @param epoux1 the first spouse's names
     * @param sexe1 the first spouse's sex, for the agreement of the text
     * @param naissance1 the first spouse's birth date
     * @param lieu1 the first spouse's birth place
     * @param epoux2 the second spouse's names
     * @param sexe2 the second spouse's sex
     * @param naissance2 the second spouse's birth date
     * @param lieu2 the second spouse's birth place
     */
    record Acte(
            String numero,
            LocalDate celebre,
            String epoux1,
            Sexe sexe1,
            LocalDate naissance1,
            String lieu1,
            String epoux2,
            Sexe sexe2,
            LocalDate naissance2,
            String lieu2) {}

    /**
     * What the town issued.
     *
     * @param pdf the sealed PDF
     * @param data the facts file (the JSON embedded in the PDF)
     * @param cades the detached CAdES seal of the facts file
     * @param token the timestamp token of the facts file
     * @param crls the revocation lists the town publishes with its root, as of the issue
     * @param cadesCheck the town's own check of the CAdES seal
     * @param tokenCheck the town's own check of the token
     */
    record Issued(
            Path pdf,
            Path data,
            Path cades,
            Path token,
            List<Path> crls,
            CadesVerification cadesCheck,
            TimestampVerification tokenCheck) {}

    private final ScenarioContext context;
    private final TownIdentity town;
    private final TownTrust trust;
    private final Clock clock;

    AlenconActeMariage(ScenarioContext context, TownIdentity town, TownTrust trust, Clock clock) {
        this.context = context;
        this.town = town;
        this.trust = trust;
        this.clock = clock;
    }

    /**
     * Issues the extrait asked for by a demande.
     *
     * @param demandeReference the demande's reference
     * @param acte the acte
     * @return the files written and their checks
     * @throws Exception if a step fails
     */
    Issued issue(String demandeReference, Acte acte) throws Exception {
        RenderedDocument extrait = DocumentRenderer.create(town, clock)
                .attestation(new Attestation(
                        "EXTRAIT-" + acte.numero().replace('/', '-'),
                        Attestation.Decision.ACCEPTATION,
                        demandeReference,
                        "Extrait d'acte de mariage sans filiation, acte n° " + acte.numero(),
                        acte.epoux1(),
                        LocalDate.now(clock),
                        statement(acte),
                        null,
                        null,
                        "Pour le maire, l'officier de l'état civil délégué"));

        // The town's seal, timestamped by its own unit, with the chain and the CRLs in the document (B-LT):
        // the relying party needs nothing but the root certificate.
        Rfc3161Timestamper timestamper = trust.timestamper();
        byte[] sealed = PadesSigner.create(trust.seal(), clock)
                .withTimestamper(timestamper)
                .withCrls(trust.crls())
                .sign(
                        extrait.pdf(),
                        PadesParameters.level(BaselineLevel.B_LT)
                                .withReason("Extrait d'acte de mariage délivré par la Ville d'Alençon")
                                .withLocation("Alençon"));
        String base = "extrait-acte-mariage-" + acte.numero().replace('/', '-');
        Path pdf = context.file(base + ".pdf");
        Files.write(pdf, sealed);
        context.record(ArtifactKind.PDF_SIGNED, pdf);

        // The facts as data, for programs: the JSON embedded in the PDF, sealed apart (CAdES, detached) and
        // timestamped.
        byte[] data = extrait.data();
        Path dataFile = context.file(base + ".json");
        Files.write(dataFile, data);
        context.record(ArtifactKind.REPORT, dataFile);
        byte[] signature = CadesSigner.create(trust.seal(), clock)
                .withTimestamper(timestamper)
                .sign(new ByteArrayInputStream(data));
        Path cades = context.file(base + ".json.p7s");
        Files.write(cades, signature);
        context.recordCadesSignature(cades, dataFile);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
        TimestampToken token = timestamper.timestamp(digest);
        Path tokenFile = context.file(base + ".json.tst");
        Files.write(tokenFile, token.encoded());
        context.recordTimestampToken(tokenFile, dataFile);

        // The town publishes its current revocation lists next to its root certificate.
        List<X509CRL> crls = trust.crls();
        Path rootCrl = context.file("alencon-ac-racine.crl");
        Files.writeString(rootCrl, Pem.crl(crls.get(0)));
        Path issuingCrl = context.file("alencon-ac-services.crl");
        Files.writeString(issuingCrl, Pem.crl(crls.get(1)));

        // The town checks what it publishes with the verifiers a relying party would use.
        CadesVerification cadesCheck = CadesVerifier.create(List.of(trust.trustAnchor()), clock)
                .withCrls(crls)
                .withTimestampVerifier(TimestampVerifier.create(List.of(trust.trustAnchor()), List.of())
                        .withCrls(crls))
                .verify(signature, new ByteArrayInputStream(data));
        TimestampVerification tokenCheck = TimestampVerifier.create(List.of(trust.trustAnchor()), List.of())
                .withCrls(crls)
                .verify(token.encoded(), digest);
        if (!cadesCheck.isValid() || !tokenCheck.isValid()) {
            throw new IllegalStateException("the town's own seal does not verify: " + cadesCheck + ", " + tokenCheck);
        }
        context.say("extrait " + acte.numero() + " sealed (PAdES B-LT), facts sealed (CAdES) and timestamped at "
                + token.time());
        return new Issued(pdf, dataFile, cades, tokenFile, List.of(rootCrl, issuingCrl), cadesCheck, tokenCheck);
    }

    private static String statement(Acte acte) {
        return "Le " + FrenchFormats.longDate(acte.celebre()) + " a été célébré en la maison commune d'Alençon "
                + "le mariage de " + acte.epoux1() + ", " + ne(acte.sexe1()) + " le "
                + FrenchFormats.longDate(acte.naissance1())
                + " à " + acte.lieu1() + ", et de " + acte.epoux2() + ", " + ne(acte.sexe2()) + " le "
                + FrenchFormats.longDate(acte.naissance2()) + " à " + acte.lieu2()
                + ". Contrat de mariage : néant. Mentions marginales : néant. "
                + "Extrait conforme aux énonciations de l'acte.";
    }

    private static String ne(Sexe sexe) {
        return sexe == Sexe.FEMININ ? "née" : "né";
    }
}

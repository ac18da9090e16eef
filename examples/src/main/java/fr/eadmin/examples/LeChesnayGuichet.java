package fr.eadmin.examples;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.blob.FileSystemBlobStore;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeNotifications;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.demande.SuppliedPiece;
import fr.eadmin.core.dossier.DossierUsager;
import fr.eadmin.core.dossier.PieceJustificative;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Rna;
import fr.eadmin.core.identifier.Telephone;
import fr.eadmin.core.jdbc.JdbcDemandeStore;
import fr.eadmin.core.jdbc.JdbcDossierStore;
import fr.eadmin.core.jdbc.JdbcJournal;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.jdbc.JdbcUsagerStore;
import fr.eadmin.core.spi.BlobRef;
import fr.eadmin.core.spi.BlobStore;
import fr.eadmin.core.spi.DemandeStore;
import fr.eadmin.core.spi.DossierStore;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.core.teleservice.PieceCondition;
import fr.eadmin.core.teleservice.PieceRequirement;
import fr.eadmin.core.teleservice.Teleservice;
import fr.eadmin.core.teleservice.TeleserviceCatalogue;
import fr.eadmin.core.usager.Adresse;
import fr.eadmin.core.usager.Association;
import fr.eadmin.core.usager.Contact;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.MembreFoyer;
import fr.eadmin.core.usager.Representant;
import fr.eadmin.core.usager.RoleFoyer;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.documents.RenderedDocument;
import fr.eadmin.documents.TownIdentity;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.json.FormDefinitionJson;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationError;
import fr.eadmin.forms.validation.ValidationReport;
import fr.eadmin.identity.SigningCredential;
import fr.eadmin.identity.pades.PadesParameters;
import fr.eadmin.identity.pades.PadesSigner;
import fr.eadmin.identity.pki.AuthoritySettings;
import fr.eadmin.identity.pki.CertificateAuthority;
import fr.eadmin.identity.pki.CertificateProfile;
import fr.eadmin.identity.pki.InMemoryCertificateRegistry;
import fr.eadmin.identity.pki.KeyAlgorithm;
import fr.eadmin.identity.seal.CompactSealer;
import fr.eadmin.identity.seal.SealVerification;
import fr.eadmin.identity.seal.SealVerifier;
import fr.eadmin.identity.validation.BaselineLevel;
import fr.eadmin.identity.validation.SignatureReport;
import fr.eadmin.identity.validation.SignatureValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.security.auth.x500.X500Principal;
import org.jspecify.annotations.Nullable;

/**
 * Le Chesnay-Rocquencourt, the guichet de téléprocédures: a catalogue of three téléservices (an acte d'état
 * civil, the rental of the théâtre municipal, a message to the police municipale) loaded from JSON and shown
 * as a usager sees it; for each, a usager's first submission is refused by the form's validator with its
 * errors, the corrected one is deposited, and its accusé de réception is rendered as a PDF/A carrying the
 * town's compact seal in a QR code; the acte d'état civil's one is also sealed with PAdES and timestamped.
 * The QR seals verify against the town's seal certificate, a forged or altered one does not. Then the
 * extranet ({@link LeChesnayExtranet}): who may consult, complete, instruct what, and why.
 */
final class LeChesnayGuichet implements Scenario {
    static final String NAME = "lechesnay";
    static final String ETAT_CIVIL = "lechesnay-demande-acte-etat-civil";
    static final String THEATRE = "lechesnay-location-theatre-municipal";
    static final String POLICE = "lechesnay-contact-police-municipale";

    static final TownIdentity TOWN = TownIdentity.of(
            "Mairie du Chesnay-Rocquencourt",
            List.of("62 rue de Versailles", "78150 Le Chesnay-Rocquencourt"),
            "01 39 23 24 00 · mairie@lechesnay-rocquencourt.example");

    private static final char[] PKI_PASSWORD = "lechesnay-demonstration".toCharArray();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "guichet de téléprocédures: catalogue, forms validated, demandes deposited, sealed accusés de "
                + "réception (QR and PAdES), extranet authorizations for a parent, an association, agents";
    }

    @Override
    public void run(ScenarioContext context) throws Exception {
        play(context);
    }

    /** One accusé de réception issued: its demande, its PDF and the seal printed on it. */
    record IssuedAr(Demande demande, Path pdf, RenderedDocument document) {}

    /** What a seal verification said. */
    record SealCheck(String label, SealVerification verification) {}

    /**
     * What the story established, for its test.
     *
     * @param refused the first submission of each téléservice, refused by the validator
     * @param accepted the corrected submission of each téléservice
     * @param issued the accusés de réception, by téléservice
     * @param sealChecks the verifications of the QR seals, genuine, forged and altered
     * @param sealCertificate the town's seal certificate
     * @param signedAr the PAdES-sealed accusé de réception
     * @param trustAnchor the published root certificate
     * @param padesLevel the level the validator reached on the PAdES seal
     * @param extranet the extranet's decisions
     */
    record Outcome(
            Map<String, ValidationReport> refused,
            Map<String, ValidationReport> accepted,
            Map<String, IssuedAr> issued,
            List<SealCheck> sealChecks,
            X509Certificate sealCertificate,
            Path signedAr,
            Path trustAnchor,
            BaselineLevel padesLevel,
            List<LeChesnayExtranet.Question> extranet) {}

    Outcome play(ScenarioContext context) throws Exception {
        StoryClock clock =
                new StoryClock(context.clock().instant(), context.clock().getZone());
        LocalDate today = LocalDate.now(clock);

        // 1. The guichet: the catalogue the portal team maintains as a JSON resource.
        TeleserviceCatalogue catalogue = Resources.catalogue("lechesnay-catalogue.json");
        String guichet = guichet(catalogue);
        context.writeReport("guichet.txt", guichet);
        guichet.lines().forEach(context::say);

        // The usagers: a mother and her son, the boy's father (separated, who follows him in read-only),
        // two associations.
        UsagerStore usagers = JdbcUsagerStore.create(context.dataSource(), clock);
        DossierStore dossiers = JdbcDossierStore.create(context.dataSource(), clock);
        BlobStore blobs = FileSystemBlobStore.open(context.blobFolder());
        Adresse domicile = Adresse.builder()
                .numero(14)
                .voie("rue Caruel de Saint-Martin")
                .codePostal("78150")
                .commune("Le Chesnay-Rocquencourt")
                .codeInsee(CodeInsee.parse("78158"))
                .build();
        Individu isabelle = Individu.builder()
                .nomNaissance("Morel")
                .prenoms("Isabelle")
                .sexe(Sexe.FEMININ)
                .dateNaissance(LocalDate.of(1983, 6, 11))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78646"), "Versailles"))
                .contact(new Contact(
                        Email.parse("isabelle.morel@example.fr"), Telephone.parse("06 21 43 65 87"), domicile))
                .build(clock);
        Individu lucas = Individu.builder()
                .nomNaissance("Morel")
                .prenoms("Lucas")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(2016, 4, 9))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78158"), "Le Chesnay-Rocquencourt"))
                .build(clock);
        Individu julien = Individu.builder()
                .nomNaissance("Morel")
                .prenoms("Julien")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(1981, 1, 27))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("75056"), "Paris"))
                .contact(Contact.NONE.withEmail(Email.parse("julien.morel@example.fr")))
                .build(clock);
        Individu marc = Individu.builder()
                .nomNaissance("Lemaire")
                .prenoms("Marc")
                .sexe(Sexe.MASCULIN)
                .dateNaissance(LocalDate.of(1969, 9, 30))
                .lieuNaissance(new LieuNaissance.EnFrance(CodeInsee.parse("78158"), "Le Chesnay"))
                .contact(Contact.NONE.withEmail(Email.parse("marc.lemaire@example.fr")))
                .build(clock);
        Foyer foyer = new Foyer(
                UsagerId.generate(clock),
                "Famille Morel",
                List.of(
                        new MembreFoyer(isabelle.id(), RoleFoyer.RESPONSABLE_LEGAL),
                        new MembreFoyer(lucas.id(), RoleFoyer.ENFANT)),
                null,
                domicile);
        Association compagnie = new Association(
                UsagerId.generate(clock),
                Rna.parse("W782004567"),
                null,
                "Compagnie du Rideau Rouge",
                List.of(Representant.personne("Lemaire", List.of("Marc"), "Président")
                        .withIndividu(marc.id())),
                Adresse.builder()
                        .numero(5)
                        .voie("rue de Glatigny")
                        .codePostal("78150")
                        .commune("Le Chesnay-Rocquencourt")
                        .build(),
                new Contact(Email.parse("contact@rideau-rouge.example"), Telephone.parse("01 39 55 12 34"), null));
        Association amis = new Association(
                UsagerId.generate(clock),
                Rna.parse("W782001122"),
                null,
                "Les Amis de Rocquencourt",
                List.of(Representant.personne("Fontaine", List.of("Hélène"), "Présidente")),
                null,
                Contact.NONE.withEmail(Email.parse("amis-rocquencourt@example.fr")));
        for (var usager : List.of(isabelle, lucas, julien, marc, foyer, compagnie, amis)) {
            usagers.create(usager);
        }

        // The pièces each usager uploads once into their dossier.
        PieceJustificative identite =
                upload(blobs, clock, PieceType.PIECE_IDENTITE, "carte-identite.pdf", today.plusYears(6));
        PieceJustificative livret = upload(blobs, clock, PieceType.LIVRET_DE_FAMILLE, "livret-de-famille.pdf", null);
        PieceJustificative assurance = upload(
                blobs, clock, PieceType.ATTESTATION_ASSURANCE, "attestation-assurance-rc.pdf", today.plusMonths(9));
        dossiers.create(DossierUsager.empty(isabelle.id()).withPiece(identite).withPiece(livret));
        dossiers.create(DossierUsager.empty(lucas.id()));
        dossiers.create(DossierUsager.empty(compagnie.id()).withPiece(assurance));
        dossiers.create(DossierUsager.empty(amis.id()));

        // The demandes engine on the embedded database.
        JdbcJournal journal = JdbcJournal.create(context.dataSource());
        JdbcOutbox outbox = JdbcOutbox.create(context.dataSource(), clock);
        DemandeStore store = JdbcDemandeStore.create(context.dataSource(), journal, outbox, clock);
        DemandeService demandes = DemandeService.create(catalogue, store, DemandeNotifications.none(), clock);

        // 2. Each usager fills the form; the validator refuses the first attempt, accepts the corrected one.
        Map<String, String[]> submissions = submissions(today, assurance);
        Map<String, ValidationReport> refused = new LinkedHashMap<>();
        Map<String, ValidationReport> accepted = new LinkedHashMap<>();
        StringBuilder formulaires = new StringBuilder();
        for (Map.Entry<String, String[]> entry : submissions.entrySet()) {
            Teleservice teleservice = catalogue.get(entry.getKey());
            FormValidator validator = FormValidator.compile(form(teleservice), clock);
            ValidationReport first = validator.validate(Submission.parse(entry.getValue()[0]));
            ValidationReport second = validator.validate(Submission.parse(entry.getValue()[1]));
            if (first.isValid() || !second.isValid()) {
                throw new IllegalStateException("the submissions of " + teleservice.code() + " are not as expected");
            }
            refused.put(teleservice.code(), first);
            accepted.put(teleservice.code(), second);
            formulaires.append(validation(teleservice, first, second));
        }
        context.writeReport("formulaires.txt", formulaires.toString());
        formulaires.toString().lines().forEach(context::say);

        // ... and deposits: the mother for her son, the association through its president, the mother again.
        DraftRequest acte = DraftRequest.forFoyerMember(
                        ETAT_CIVIL, isabelle.id(), foyer, lucas.id(), Actor.usager(isabelle.id()), Channel.INTERNET)
                .withAnswers(accepted.get(ETAT_CIVIL).normalised().answersAsText())
                .withPieces(List.of(supplied(identite), supplied(livret)));
        DraftRequest theatre = DraftRequest.forSelf(THEATRE, compagnie, Actor.usager(compagnie.id()), Channel.INTERNET)
                .withAnswers(accepted.get(THEATRE).normalised().answersAsText())
                .withPieces(List.of(supplied(assurance)));
        DraftRequest police = DraftRequest.forSelf(POLICE, isabelle, Actor.usager(isabelle.id()), Channel.INTERNET)
                .withAnswers(accepted.get(POLICE).normalised().answersAsText());

        // The town's trust services: the seal printed as a QR code on every document, and its timestamping unit.
        TownTrust trust = TownTrust.openOrCreate(
                context.privateFolder("pki-lechesnay"),
                "Ville du Chesnay-Rocquencourt",
                PKI_PASSWORD,
                context.dataSource(),
                clock);
        DocumentRenderer renderer = DocumentRenderer.create(TOWN, clock, CompactSealer.create(trust.seal()));
        Map<String, IssuedAr> issued = new LinkedHashMap<>();
        for (DraftRequest request : List.of(acte, theatre, police)) {
            Deposit deposit =
                    demandes.deposit(demandes.createDraft(request).value().id(), request.filedBy(), request.channel());
            RenderedDocument ar = renderer.accuseReception(deposit.accuseReception());
            Path pdf = context.file("accuse-reception-" + ar.reference() + ".pdf");
            Files.write(pdf, ar.pdf());
            context.record(ArtifactKind.PDF, pdf);
            issued.put(request.teleservice(), new IssuedAr(deposit.demande().value(), pdf, ar));
            context.say("demande " + deposit.demande().value().reference() + " deposited (" + request.teleservice()
                    + "), accusé de réception " + pdf.getFileName() + " sealed "
                    + Objects.requireNonNull(ar.seal()).reference());
            clock.advance(Duration.ofMinutes(7));
        }

        // The acte d'état civil's accusé de réception also carries a PAdES seal with a timestamp and its
        // validation material (B-LT), for a relying party who checks the PDF itself.
        PadesSigner pades = PadesSigner.create(trust.seal(), clock)
                .withTimestamper(trust.timestamper())
                .withCrls(trust.crls());
        IssuedAr acteAr = issued.get(ETAT_CIVIL);
        byte[] sealed = pades.sign(
                acteAr.document().pdf(),
                PadesParameters.level(BaselineLevel.B_LT)
                        .withReason("Accusé de réception de la demande "
                                + acteAr.document().reference())
                        .withLocation("Le Chesnay-Rocquencourt")
                        .certifying());
        Path signedAr = context.file("accuse-reception-" + acteAr.document().reference() + "-cachet.pdf");
        Files.write(signedAr, sealed);
        context.record(ArtifactKind.PDF_SIGNED, signedAr);
        Path anchor = trust.publishTrustAnchor(context, "lechesnay-ac-racine.pem");
        fr.eadmin.identity.validation.ValidationReport padesReport = SignatureValidator.create(
                        List.of(trust.trustAnchor()), clock)
                .validatePdf(Files.readAllBytes(signedAr));
        SignatureReport padesSignature = padesReport.signatures().get(0);
        if (!padesReport.passed() || padesSignature.levelReached().isEmpty()) {
            throw new IllegalStateException("the PAdES seal does not validate: " + padesSignature.details());
        }
        BaselineLevel padesLevel = padesSignature.levelReached().get();

        // What a relying party does with the QR code: verify the seal with the town's seal certificate.
        List<SealCheck> checks = sealChecks(trust.seal(), issued, catalogue, clock);
        context.writeReport("sceaux.txt", sealReport(issued, checks, signedAr, padesSignature));
        checks.forEach(check -> context.say(check.label() + ": " + describe(check.verification())));

        // 3. The extranet.
        LeChesnayExtranet extranet = new LeChesnayExtranet(context, clock, catalogue, usagers, dossiers, demandes);
        List<LeChesnayExtranet.Question> decisions = extranet.run(new LeChesnayExtranet.People(
                isabelle,
                lucas,
                julien,
                marc,
                foyer,
                compagnie,
                amis,
                issued.get(ETAT_CIVIL).demande(),
                issued.get(THEATRE).demande(),
                issued.get(POLICE).demande()));

        return new Outcome(
                refused, accepted, issued, checks, trust.seal().certificate(), signedAr, anchor, padesLevel, decisions);
    }

    /** The catalogue as a usager sees it at the guichet. */
    static String guichet(TeleserviceCatalogue catalogue) {
        StringBuilder text = new StringBuilder("Guichet de téléprocédures du Chesnay-Rocquencourt\n");
        for (Teleservice teleservice : catalogue.teleservices()) {
            text.append('\n').append(teleservice.title()).append('\n');
            text.append("  Service : ")
                    .append(teleservice.organisation().contact().designation())
                    .append(" (")
                    .append(teleservice.organisation().name())
                    .append(")\n");
            text.append("  Pièces à fournir :");
            if (teleservice.pieces().isEmpty()) {
                text.append(" aucune\n");
            } else {
                text.append('\n');
                for (PieceRequirement piece : teleservice.pieces()) {
                    text.append("    - ").append(piece.type().libelle());
                    if (piece.condition() instanceof PieceCondition.WhenAnswer when) {
                        text.append(" (si « ")
                                .append(when.field())
                                .append(" » vaut « ")
                                .append(when.value())
                                .append(" »)");
                    }
                    text.append('\n');
                }
            }
            text.append("  Délai de traitement : ").append(teleservice.delay()).append('\n');
            text.append("  Silence de l'administration : ")
                    .append(
                            switch (teleservice.silenceRule()) {
                                case ACCEPTATION -> "vaut acceptation";
                                case REJET -> "vaut rejet";
                                case NONE -> "sans décision implicite";
                            })
                    .append('\n');
            text.append("  Tarif : ")
                    .append(teleservice.feeCents() == 0 ? "gratuit" : Money.euros(teleservice.feeCents()))
                    .append('\n');
            text.append("  Canaux : ")
                    .append(teleservice.channels().stream()
                            .sorted()
                            .map(LeChesnayGuichet::libelle)
                            .collect(Collectors.joining(", ")))
                    .append('\n');
        }
        return text.toString();
    }

    private static String libelle(Channel channel) {
        return switch (channel) {
            case INTERNET -> "en ligne";
            case GUICHET -> "au guichet";
            case TELEPHONE -> "par téléphone";
            case COURRIER -> "par courrier";
            case BORNE -> "sur borne";
        };
    }

    /** The form definition a téléservice names, from the town's forms folder. */
    static FormDefinition form(Teleservice teleservice) throws IOException {
        try (InputStream in = Objects.requireNonNull(
                LeChesnayGuichet.class.getResourceAsStream(
                        "forms/" + teleservice.form().id() + ".json"),
                teleservice.form().id())) {
            FormDefinition definition = FormDefinitionJson.read(in);
            if (definition.version() != teleservice.form().version()) {
                throw new IllegalStateException(
                        "the catalogue names version " + teleservice.form().version() + " of "
                                + teleservice.form().id() + ", the folder has " + definition.version());
            }
            return definition;
        }
    }

    /** For each téléservice, what the usager sends first (refused), then the corrected submission. */
    private static Map<String, String[]> submissions(LocalDate today, PieceJustificative assurance) {
        Map<String, String[]> submissions = new LinkedHashMap<>();
        // The mother asks for her son's full birth certificate: too many copies, her own identity and the
        // postcode forgotten or mistyped.
        String acteCommon = """
                "typeActe": "naissance", "formeActe": "copie-integrale", "dateEvenement": "2016-04-09",
                "nom": "Morel", "prenoms": "Lucas", "nomPere": "Morel Julien", "nomMere": "Morel Isabelle",
                "lien": "ascendant", "email": "isabelle.morel@example.fr", "modeDelivrance": "courrier",
                "adresse": "14 rue Caruel de Saint-Martin", "commune": "Le Chesnay-Rocquencourt",
                "attestation": true""";
        submissions.put(ETAT_CIVIL, new String[] {
            "{" + acteCommon + ", \"nombreExemplaires\": 8, \"codePostal\": \"7815\"}",
            "{" + acteCommon + ", \"nombreExemplaires\": 2, \"codePostal\": \"78150\", \"nomDemandeur\": \"Morel\","
                    + " \"prenomDemandeur\": \"Isabelle\"}"
        });
        // The association's president books the théâtre: the studio is too small, the date too close, the
        // insurance certificate missing.
        String theatreCommon = """
                "nombreJours": 2, "nature": "theatre", "regisseur": true,
                "typeDemandeur": "association", "nom": "Lemaire", "prenom": "Marc",
                "nomAssociation": "Compagnie du Rideau Rouge", "rna": "W782004567",
                "email": "contact@rideau-rouge.example", "telephone": "01 39 55 12 34", "reglement": true""";
        String assuranceFile =
                "\"assurance\": [{\"blob\": \"" + assurance.content().sha256() + "\", \"size\": "
                        + assurance.content().size() + ", \"mediaType\": \"application/pdf\"}]";
        submissions.put(THEATRE, new String[] {
            "{" + theatreCommon + ", \"espace\": \"studio\", \"nombreSpectateurs\": 180, \"dateDebut\": \""
                    + today.plusDays(10) + "\"}",
            "{" + theatreCommon + ", \"espace\": \"grande-salle\", \"nombreSpectateurs\": 180, \"dateDebut\": \""
                    + today.plusMonths(3) + "\", " + assuranceFile + "}"
        });
        // The mother writes to the police municipale about a car parked on the pavement every morning.
        String policeCommon = "\"urgence\": false, \"objet\": \"stationnement\", \"lieu\": \"Rue Caruel de"
                + " Saint-Martin, devant l'école\", \"nom\": \"Morel\", \"prenom\": \"Isabelle\","
                + " \"telephone\": \"06 21 43 65 87\"";
        submissions.put(POLICE, new String[] {
            "{" + policeCommon + ", \"message\": \"Voiture garée.\", \"email\": \"isabelle.morel@example\"}",
            "{" + policeCommon + ", \"message\": \"Une voiture est garée chaque matin sur le trottoir devant"
                    + " l'école ; les enfants passent sur la chaussée.\", \"email\": \"isabelle.morel@example.fr\"}"
        });
        return submissions;
    }

    private static String validation(Teleservice teleservice, ValidationReport first, ValidationReport second) {
        StringBuilder text = new StringBuilder(teleservice.title()).append('\n');
        text.append("  Premier envoi refusé, ")
                .append(first.errors().size())
                .append(first.errors().size() == 1 ? " erreur :\n" : " erreurs :\n");
        for (ValidationError error : first.errors()) {
            text.append("    ")
                    .append(error.path())
                    .append(" [")
                    .append(error.code())
                    .append("] ")
                    .append(error.message())
                    .append('\n');
        }
        text.append("  Envoi corrigé accepté, ")
                .append(second.normalised().answersAsText().size())
                .append(" réponses retenues\n");
        return text.toString();
    }

    private static PieceJustificative upload(
            BlobStore blobs, StoryClock clock, PieceType type, String fileName, @Nullable LocalDate expiry)
            throws IOException {
        byte[] content = (type.libelle() + " (document de démonstration)").getBytes(StandardCharsets.UTF_8);
        BlobRef ref = blobs.put(new ByteArrayInputStream(content));
        return PieceJustificative.supplied(
                clock,
                type,
                ref,
                fileName,
                "application/pdf",
                LocalDate.now(clock).minusDays(3),
                expiry);
    }

    private static SuppliedPiece supplied(PieceJustificative piece) {
        return new SuppliedPiece(piece.id(), piece.type());
    }

    /**
     * The genuine seals of the three accusés de réception; the same facts sealed by an impostor who made
     * their own "Ville du Chesnay-Rocquencourt" certificate; a genuine seal whose text was altered.
     */
    private static List<SealCheck> sealChecks(
            SigningCredential townSeal,
            Map<String, IssuedAr> issued,
            TeleserviceCatalogue catalogue,
            StoryClock clock) {
        SealVerifier verifier = SealVerifier.create(List.of(townSeal.certificate()));
        List<SealCheck> checks = new ArrayList<>();
        for (IssuedAr ar : issued.values()) {
            String payload = Objects.requireNonNull(ar.document().seal()).payload();
            checks.add(new SealCheck("sceau de " + ar.pdf().getFileName(), verifier.verify(payload)));
        }
        CertificateAuthority impostor = CertificateAuthority.createRoot(
                AuthoritySettings.of(
                        new X500Principal("CN=Ville du Chesnay-Rocquencourt - AC racine, C=FR"),
                        KeyAlgorithm.EC_P256,
                        Duration.ofDays(365)),
                new InMemoryCertificateRegistry(),
                clock);
        SigningCredential forgedSeal = impostor.issueWithNewKey(
                townSeal.certificate().getSubjectX500Principal(),
                CertificateProfile.ELECTRONIC_SEAL,
                KeyAlgorithm.EC_P256,
                Duration.ofDays(365));
        IssuedAr theatre = issued.get(THEATRE);
        RenderedDocument forged = DocumentRenderer.create(TOWN, clock, CompactSealer.create(forgedSeal))
                .accuseReception(fr.eadmin.core.demande.AccuseReception.of(theatre.demande(), catalogue.get(THEATRE)));
        checks.add(new SealCheck(
                "sceau contrefait (clé d'un imposteur)",
                verifier.verify(Objects.requireNonNull(forged.seal()).payload())));
        checks.add(new SealCheck(
                "sceau altéré d'un caractère",
                verifier.verify(altered(
                        Objects.requireNonNull(issued.get(POLICE).document().seal())
                                .payload()))));
        return checks;
    }

    /**
     * The seal with one character changed in the Base45 text of its signature (the last bytes): the first
     * character of a group of three, moved by one, changes the value of the group by one, so the text stays
     * well-formed and only the signature differs.
     */
    static String altered(String payload) {
        int prefix = payload.indexOf(':') + 1;
        int groups = (payload.length() - prefix) / 3;
        int at = prefix + 3 * (groups - 4);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
        int value = alphabet.indexOf(payload.charAt(at));
        char replacement = alphabet.charAt(value == 0 ? 1 : value - 1);
        return payload.substring(0, at) + replacement + payload.substring(at + 1);
    }

    private static String describe(SealVerification verification) {
        if (verification instanceof SealVerification.Valid valid) {
            return "valide, " + valid.reference() + ", " + valid.sealed().documentType() + " "
                    + valid.sealed().documentId() + ", scellé par "
                    + valid.signer().getSubjectX500Principal().getName();
        }
        return "refusé (" + ((SealVerification.Invalid) verification).failure() + ")";
    }

    private static String sealReport(
            Map<String, IssuedAr> issued, List<SealCheck> checks, Path signedAr, SignatureReport pades) {
        StringBuilder text = new StringBuilder("Sceaux des accusés de réception\n");
        for (IssuedAr ar : issued.values()) {
            text.append("  ")
                    .append(ar.pdf().getFileName())
                    .append(" : sceau ")
                    .append(Objects.requireNonNull(ar.document().seal()).reference())
                    .append(", ")
                    .append(ar.document().pages())
                    .append(ar.document().pages() == 1 ? " page\n" : " pages\n");
        }
        text.append("Vérifications avec le certificat de cachet de la ville\n");
        for (SealCheck check : checks) {
            text.append("  ")
                    .append(check.label())
                    .append(" : ")
                    .append(describe(check.verification()))
                    .append('\n');
        }
        text.append("Cachet PAdES de ")
                .append(signedAr.getFileName())
                .append(" : ")
                .append(pades.indication())
                .append(", niveau ")
                .append(pades.levelReached().map(Enum::name).orElse("aucun"))
                .append(", horodaté le ")
                .append(pades.attestedTime())
                .append('\n');
        return text.toString();
    }
}

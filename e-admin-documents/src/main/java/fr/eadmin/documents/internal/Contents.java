package fr.eadmin.documents.internal;

import static fr.eadmin.core.format.FrenchFormats.date;
import static fr.eadmin.core.format.FrenchFormats.dateTime;
import static fr.eadmin.core.format.FrenchFormats.euros;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.dossier.PieceType;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.teleservice.ServiceContact;
import fr.eadmin.documents.Attestation;
import fr.eadmin.documents.DocumentKind;
import fr.eadmin.documents.Facture;
import fr.eadmin.documents.Quittance;
import fr.eadmin.documents.Recapitulatif;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The content of each kind of document: facts in JSON, sealed facts, and French text laid out in a flow. */
public final class Contents {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String CRPA = "code des relations entre le public et l'administration";

    private Contents() {}

    /**
     * The accusé de réception of a demande, with every mention of CRPA R112-5.
     *
     * @param ar the content the demandes engine produced
     * @return the document content
     */
    public static Content accuseReception(AccuseReception ar) {
        String reference = "AR-" + ar.reference();
        ServiceContact service = ar.service();
        ObjectNode data = JSON.objectNode();
        data.put("demande", ar.demande().toString());
        data.put("demandeReference", ar.reference().toString());
        data.put("teleservice", ar.teleservice());
        data.put("designation", ar.designation());
        data.put("organisation", ar.organisation());
        ObjectNode serviceNode = data.putObject("service");
        serviceNode.put("designation", service.designation());
        strings(serviceNode.putArray("postalAddress"), service.postalAddress().lignesPostales());
        serviceNode.put("email", service.email().value());
        serviceNode.put("telephone", service.telephone().national());
        data.put("receivedAt", ar.receivedAt().toString());
        data.put("receivedOn", ar.receivedOn().toString());
        data.put("delay", ar.delay().toString());
        data.put("silenceRule", ar.silenceRule().name());
        putDate(data, "implicitDecisionOn", ar.implicitDecisionOn());
        putDate(data, "decisionDueBy", ar.decisionDueBy());
        ArrayNode missing = data.putArray("missingPieces");
        for (PieceType piece : ar.missingPieces()) {
            missing.addObject().put("code", piece.code()).put("libelle", piece.libelle());
        }
        putDate(data, "piecesDueBy", ar.piecesDueBy());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("demande", ar.reference().toString());
        facts.put("recue", ar.receivedOn().toString());
        facts.put("silence", ar.silenceRule().name());
        return new Content(
                DocumentKind.ACCUSE_RECEPTION,
                reference,
                "Accusé de réception " + ar.reference(),
                data,
                facts,
                flow -> {
                    flow.heading(1, "Accusé de réception de votre demande");
                    flow.keyValues(List.of(
                            pair("Objet de la demande", ar.designation()),
                            pair("Numéro de la demande", ar.reference().toString()),
                            pair("Date de réception", dateTime(ar.receivedAt())),
                            pair("Administration", ar.organisation())));
                    flow.heading(2, "Service chargé de votre demande");
                    flow.keyValues(List.of(
                            pair("Service", service.designation()),
                            pair(
                                    "Adresse postale",
                                    String.join("\n", service.postalAddress().lignesPostales())),
                            pair("Courriel", service.email().value()),
                            pair("Téléphone", service.telephone().national())));
                    flow.heading(2, "Délai de traitement et décision");
                    String delay = ar.delay().toString();
                    switch (ar.silenceRule()) {
                        case ACCEPTATION -> {
                            flow.paragraph(
                                    "Votre demande peut donner lieu à une décision implicite d'acceptation : sans"
                                            + " réponse de l'administration dans un délai de " + delay
                                            + ", elle sera réputée acceptée (silence vaut acceptation).");
                            if (ar.implicitDecisionOn() != null) {
                                flow.strong("Sans réponse de notre part, votre demande sera réputée acceptée le "
                                        + date(ar.implicitDecisionOn()) + ".");
                            } else {
                                flow.strong(
                                        "Ce délai ne court qu'à compter de la réception des pièces manquantes indiquées"
                                                + " ci-dessous.");
                            }
                            flow.paragraph(String.valueOf(ar.attestationNotice()));
                        }
                        case REJET -> {
                            flow.paragraph(
                                    "Votre demande peut donner lieu à une décision implicite de rejet : sans réponse"
                                            + " de l'administration dans un délai de " + delay
                                            + ", elle sera réputée rejetée (silence vaut rejet).");
                            if (ar.implicitDecisionOn() != null) {
                                flow.strong("Sans réponse de notre part, votre demande sera réputée rejetée le "
                                        + date(ar.implicitDecisionOn()) + ".");
                            }
                            flow.heading(2, "Voies et délais de recours");
                            flow.paragraph(String.valueOf(ar.remedies()));
                        }
                        case NONE -> {
                            flow.paragraph("Le service s'engage à traiter votre demande dans un délai de " + delay
                                    + (ar.decisionDueBy() != null
                                            ? ", soit au plus tard le " + date(ar.decisionDueBy())
                                            : "")
                                    + ". Cette demande ne donne pas lieu à une décision implicite : l'absence de réponse"
                                    + " dans ce délai ne vaut ni acceptation ni rejet.");
                        }
                    }
                    if (!ar.missingPieces().isEmpty()) {
                        flow.heading(2, "Pièces manquantes");
                        flow.paragraph(
                                "Votre demande est incomplète. Merci de nous transmettre les pièces suivantes au plus"
                                        + " tard le " + date(java.util.Objects.requireNonNull(ar.piecesDueBy()))
                                        + " :");
                        flow.table(
                                List.of(PageFlow.Column.left("Pièce à produire", 1)),
                                ar.missingPieces().stream()
                                        .map(p -> List.of(p.libelle()))
                                        .toList(),
                                true);
                        flow.paragraph(String.valueOf(ar.incompleteNotice()));
                    }
                    flow.note("Accusé de réception délivré en application des articles L112-3 et R112-5 du " + CRPA
                            + ". Conservez ce document : il atteste la date de réception de votre demande.");
                });
    }

    /**
     * The récapitulatif of a submitted demande.
     *
     * @param recap the answers and pièces
     * @return the document content
     */
    public static Content recapitulatif(Recapitulatif recap) {
        String reference = "REC-" + recap.reference();
        ObjectNode data = JSON.objectNode();
        data.put("title", recap.title());
        data.put("demandeReference", recap.reference());
        data.put("depositedAt", recap.depositedAt().toString());
        data.put("demandeur", recap.demandeur());
        ArrayNode sections = data.putArray("sections");
        for (Recapitulatif.Section section : recap.sections()) {
            ObjectNode node = sections.addObject();
            node.put("title", section.title());
            answers(node.putArray("answers"), section.answers());
            ArrayNode blocks = node.putArray("blocks");
            for (Recapitulatif.RepeatedBlock block : section.blocks()) {
                ObjectNode blockNode = blocks.addObject();
                blockNode.put("title", block.title());
                ArrayNode occurrences = blockNode.putArray("occurrences");
                block.occurrences().forEach(o -> answers(occurrences.addArray(), o));
            }
        }
        ArrayNode pieces = data.putArray("pieces");
        for (Recapitulatif.Piece piece : recap.pieces()) {
            pieces.addObject()
                    .put("fileName", piece.fileName())
                    .put("type", piece.type())
                    .put("sizeBytes", piece.sizeBytes())
                    .put("sha256", piece.sha256());
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("demande", recap.reference());
        facts.put("deposee", recap.depositedAt().toString());
        facts.put("pieces", Integer.toString(recap.pieces().size()));
        return new Content(
                DocumentKind.RECAPITULATIF, reference, "Récapitulatif " + recap.reference(), data, facts, flow -> {
                    flow.heading(1, "Récapitulatif de votre demande");
                    flow.keyValues(List.of(
                            pair("Démarche", recap.title()),
                            pair("Numéro de la demande", recap.reference()),
                            pair("Déposée le", dateTime(recap.depositedAt())),
                            pair("Demandeur", recap.demandeur())));
                    for (Recapitulatif.Section section : recap.sections()) {
                        flow.heading(2, section.title());
                        if (!section.answers().isEmpty()) {
                            flow.keyValues(pairs(section.answers()));
                        }
                        for (Recapitulatif.RepeatedBlock block : section.blocks()) {
                            for (int i = 0; i < block.occurrences().size(); i++) {
                                flow.heading(3, block.title() + " " + (i + 1));
                                flow.keyValues(pairs(block.occurrences().get(i)));
                            }
                        }
                    }
                    flow.heading(2, "Pièces justificatives");
                    if (recap.pieces().isEmpty()) {
                        flow.paragraph("Aucune pièce justificative n'a été jointe.");
                    } else {
                        flow.table(
                                List.of(
                                        PageFlow.Column.left("Fichier", 0.26f),
                                        PageFlow.Column.left("Type", 0.24f),
                                        PageFlow.Column.right("Taille", 0.12f),
                                        PageFlow.Column.left("Empreinte SHA-256", 0.38f)),
                                lazy(
                                        recap.pieces(),
                                        p -> List.of(
                                                p.fileName(), p.type(), FrenchFormats.size(p.sizeBytes()), p.sha256())),
                                true);
                    }
                    flow.note(
                            "Ce récapitulatif reproduit les réponses que vous avez données et la liste des pièces jointes"
                                    + " au moment du dépôt. L'empreinte SHA-256 de chaque fichier permet de vérifier qu'il n'a pas été"
                                    + " modifié depuis.");
                });
    }

    /**
     * The attestation of a decision.
     *
     * @param attestation the decision
     * @return the document content
     */
    public static Content attestation(Attestation attestation) {
        ObjectNode data = JSON.objectNode();
        data.put("number", attestation.number());
        data.put("decision", attestation.decision().name());
        data.put("demandeReference", attestation.demandeReference());
        data.put("designation", attestation.designation());
        data.put("beneficiary", attestation.beneficiary());
        data.put("decidedOn", attestation.decidedOn().toString());
        data.put("statement", attestation.statement());
        if (attestation.reasons() != null) {
            data.put("reasons", attestation.reasons());
        }
        data.put("signatory", attestation.signatory());
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("decision", attestation.decision().name());
        facts.put("demande", attestation.demandeReference());
        facts.put("le", attestation.decidedOn().toString());
        String title = attestation.decision().title();
        return new Content(
                DocumentKind.ATTESTATION,
                attestation.number(),
                title + " " + attestation.number(),
                data,
                facts,
                flow -> {
                    flow.heading(1, title);
                    flow.keyValues(List.of(
                            pair("Numéro", attestation.number()),
                            pair("Objet de la demande", attestation.designation()),
                            pair("Numéro de la demande", attestation.demandeReference()),
                            pair("Bénéficiaire", attestation.beneficiary()),
                            pair("Date de la décision", date(attestation.decidedOn()))));
                    flow.heading(2, "Décision");
                    flow.paragraph(attestation.statement());
                    if (attestation.decision() == Attestation.Decision.ACCEPTATION_IMPLICITE) {
                        flow.paragraph(
                                "Faute de réponse de l'administration dans le délai applicable, une décision implicite"
                                        + " d'acceptation est née le " + date(attestation.decidedOn())
                                        + ". La présente attestation"
                                        + " est délivrée en application de l'article L232-3 du " + CRPA + ".");
                    }
                    if (attestation.reasons() != null) {
                        flow.heading(2, "Motifs");
                        flow.paragraph(attestation.reasons());
                    }
                    if (attestation.remedies() != null) {
                        flow.heading(2, "Voies et délais de recours");
                        flow.paragraph(attestation.remedies());
                    }
                    flow.space(10);
                    flow.paragraph("Fait le " + date(attestation.decidedOn()) + ".");
                    flow.strong(attestation.signatory());
                });
    }

    /**
     * A facture.
     *
     * @param facture the invoice
     * @return the document content
     */
    public static Content facture(Facture facture) {
        ObjectNode data = JSON.objectNode();
        data.put("number", facture.number());
        data.put("issuedOn", facture.issuedOn().toString());
        data.put("dueOn", facture.dueOn().toString());
        data.put("payer", facture.payer());
        strings(data.putArray("payerAddress"), facture.payerAddress());
        data.put("account", facture.account());
        ArrayNode lines = data.putArray("lines");
        for (Facture.Line line : facture.lines()) {
            lines.addObject()
                    .put("label", line.label())
                    .put("quantity", line.quantity())
                    .put("unitPriceCents", line.unitPriceCents())
                    .put("amountCents", line.amountCents());
        }
        data.put("totalCents", facture.totalCents());
        data.put("currency", "EUR");
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("montant", Long.toString(facture.totalCents()));
        facts.put("echeance", facture.dueOn().toString());
        facts.put("compte", facture.account());
        return new Content(DocumentKind.FACTURE, facture.number(), "Facture " + facture.number(), data, facts, flow -> {
            flow.heading(1, "Facture n° " + facture.number());
            flow.keyValues(List.of(
                    pair("Date d'émission", date(facture.issuedOn())),
                    pair("Référence à rappeler", facture.account()),
                    pair("Destinataire", facture.payer() + "\n" + String.join("\n", facture.payerAddress()))));
            flow.heading(2, "Détail");
            List<List<String>> rows = new ArrayList<>();
            for (Facture.Line line : facture.lines()) {
                rows.add(List.of(
                        line.label(),
                        Long.toString(line.quantity()),
                        euros(line.unitPriceCents()),
                        euros(line.amountCents())));
            }
            rows.add(List.of("Total à payer", "", "", euros(facture.totalCents())));
            flow.table(
                    List.of(
                            PageFlow.Column.left("Désignation", 0.5f),
                            PageFlow.Column.right("Quantité", 0.14f),
                            PageFlow.Column.right("Prix unitaire", 0.18f),
                            PageFlow.Column.right("Montant", 0.18f)),
                    rows,
                    true,
                    true);
            flow.strong("Montant à payer : " + euros(facture.totalCents()) + ", au plus tard le "
                    + date(facture.dueOn()) + ".");
            flow.heading(2, "Comment payer");
            flow.paragraph(facture.howToPay());
        });
    }

    /**
     * A quittance.
     *
     * @param quittance the receipt
     * @return the document content
     */
    public static Content quittance(Quittance quittance) {
        ObjectNode data = JSON.objectNode();
        data.put("regie", quittance.regie());
        data.put("number", quittance.number());
        data.put("paidAt", quittance.paidAt().toString());
        data.put("payer", quittance.payer());
        ArrayNode lines = data.putArray("lines");
        for (Quittance.Line line : quittance.lines()) {
            lines.addObject().put("label", line.label()).put("amountCents", line.amountCents());
        }
        data.put("totalCents", quittance.totalCents());
        data.put("currency", "EUR");
        data.put("means", quittance.means().name());
        if (quittance.invoiceNumber() != null) {
            data.put("invoiceNumber", quittance.invoiceNumber());
        }
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("montant", Long.toString(quittance.totalCents()));
        facts.put("paye", quittance.paidAt().toString());
        facts.put("regie", quittance.regie());
        return new Content(
                DocumentKind.QUITTANCE, quittance.number(), "Quittance " + quittance.number(), data, facts, flow -> {
                    flow.heading(1, "Quittance n° " + quittance.number());
                    List<String[]> head = new ArrayList<>(List.of(
                            pair("Régie", quittance.regie()),
                            pair("Reçu de", quittance.payer()),
                            pair("Date du paiement", dateTime(quittance.paidAt())),
                            pair("Moyen de paiement", quittance.means().label())));
                    if (quittance.invoiceNumber() != null) {
                        head.add(pair("Facture réglée", quittance.invoiceNumber()));
                    }
                    flow.keyValues(head);
                    List<List<String>> rows = new ArrayList<>();
                    for (Quittance.Line line : quittance.lines()) {
                        rows.add(List.of(line.label(), euros(line.amountCents())));
                    }
                    rows.add(List.of("Total reçu", euros(quittance.totalCents())));
                    flow.table(
                            List.of(PageFlow.Column.left("Objet", 0.75f), PageFlow.Column.right("Montant", 0.25f)),
                            rows,
                            true,
                            true);
                    flow.strong("Le régisseur atteste avoir reçu la somme de " + euros(quittance.totalCents()) + ".");
                    flow.note(
                            "Quittance délivrée par la régie au titre du paiement ci-dessus. Elle vaut preuve du paiement :"
                                    + " conservez-la.");
                });
    }

    private static String[] pair(String label, String value) {
        return new String[] {label, value};
    }

    private static List<String[]> pairs(List<Recapitulatif.Answer> answers) {
        return answers.stream().map(a -> pair(a.label(), a.value())).toList();
    }

    private static void answers(ArrayNode into, List<Recapitulatif.Answer> answers) {
        for (Recapitulatif.Answer answer : answers) {
            into.addObject().put("label", answer.label()).put("value", answer.value());
        }
    }

    private static void strings(ArrayNode into, List<String> values) {
        values.forEach(into::add);
    }

    private static void putDate(ObjectNode node, String field, java.time.@Nullable LocalDate value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    /** Rows mapped one at a time, as the flow reads them. */
    private static <T> Iterable<List<String>> lazy(List<T> items, Function<T, List<String>> row) {
        return () -> items.stream().map(row).iterator();
    }
}

package fr.eadmin.examples;

import com.fasterxml.jackson.databind.JsonNode;
import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.demande.AccuseReception;
import fr.eadmin.core.demande.AutomaticDecision;
import fr.eadmin.core.demande.Demande;
import fr.eadmin.core.demande.DemandeDelay;
import fr.eadmin.core.demande.DemandeId;
import fr.eadmin.core.demande.DemandeService;
import fr.eadmin.core.demande.Deposit;
import fr.eadmin.core.demande.DraftRequest;
import fr.eadmin.core.demande.LateDemande;
import fr.eadmin.core.demande.Processing;
import fr.eadmin.core.demande.ServiceLevel;
import fr.eadmin.core.format.FrenchFormats;
import fr.eadmin.core.spi.Versioned;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.documents.DocumentRenderer;
import fr.eadmin.forms.FormDefinition;
import fr.eadmin.forms.json.FormDefinitionJson;
import fr.eadmin.forms.validation.FormValidator;
import fr.eadmin.forms.validation.Submission;
import fr.eadmin.forms.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Lyon, réclamations with a committed answer delay: the téléservice commits to answer within 15 jours ouvrés,
 * counted on the French business calendar (jours fériés skipped). The usager's answers are validated against
 * the réclamation form; each deposit gets its accusé de réception, stating the delay and the due date, rendered
 * to PDF/A; the service answers; a réclamation left unanswered past its delay is flagged late by the deadline
 * sweep and shows in the service-level report, as does its late answer.
 */
final class LyonReclamations {
    static final String TELESERVICE = "lyon-reclamation";

    /** The agent of Lyon en direct (the town's telephone line) who takes réclamations by phone. */
    static final Actor TELEPHONE_AGENT = Actor.agent(Lyon.ORGANISATION, "agent-0308");
    /** The agent of the relation usagers service who answers réclamations. */
    static final Actor RELATION_USAGERS_AGENT = Actor.agent(Lyon.ORGANISATION, "agent-0412");

    private final ScenarioContext context;
    private final StoryClock clock;
    private final DemandeService demandes;
    private final DocumentRenderer renderer;
    private final FormValidator form;

    LyonReclamations(ScenarioContext context, StoryClock clock, DemandeService demandes, DocumentRenderer renderer)
            throws IOException {
        this.context = context;
        this.clock = clock;
        this.demandes = demandes;
        this.renderer = renderer;
        FormDefinition definition;
        try (InputStream json = Objects.requireNonNull(
                LyonReclamations.class.getResourceAsStream("forms/reclamation.json"), "reclamation form")) {
            definition = FormDefinitionJson.read(json);
        }
        this.form = FormValidator.compile(definition, clock);
    }

    /**
     * A réclamation filed by a usager, by phone (an agent keys it in) or online (the usager files it).
     *
     * @param usager who complains
     * @param filedBy the usager online, or the agent who takes the call
     * @param channel the channel
     * @param submission what the réclamation form received, as JSON
     * @return the deposit and its accusé de réception
     */
    Deposit file(Individu usager, Actor filedBy, Channel channel, String submission) {
        ValidationReport report = form.validate(Submission.parse(submission));
        if (!report.isValid()) {
            throw new IllegalArgumentException("the réclamation form is not valid: " + report.errors());
        }
        DraftRequest request =
                DraftRequest.forSelf(TELESERVICE, usager, filedBy, channel).withAnswers(answers(report));
        Versioned<Demande> draft = demandes.createDraft(request);
        return demandes.deposit(draft.value().id(), filedBy, channel);
    }

    /** The normalised answers of the form, field id to text, as the demande keeps them. */
    private static Map<String, String> answers(ValidationReport report) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : report.normalised().asJson().properties()) {
            answers.put(field.getKey(), field.getValue().asText());
        }
        return answers;
    }

    /**
     * Renders the accusé de réception to PDF/A and records it.
     *
     * @param ar the accusé de réception
     * @return the PDF written
     */
    Path writeAccuseReception(AccuseReception ar) throws IOException {
        Path file = context.file("accuse-reception-" + ar.reference() + ".pdf");
        Files.write(file, renderer.accuseReception(ar).pdf());
        context.record(ArtifactKind.PDF, file);
        return file;
    }

    /**
     * The relation usagers service instructs a réclamation and answers it: the answer letter is kept as a file
     * and the demande is closed with it.
     *
     * @param id the réclamation
     * @param usager who complained
     * @param summary the answer in one line, kept in the demande's history
     * @param letter the body of the answer
     * @return the answer letter written
     */
    Path answer(DemandeId id, Individu usager, String summary, String letter) throws IOException {
        Demande demande = demandes.find(id).orElseThrow().value();
        demandes.startInstruction(id, RELATION_USAGERS_AGENT, demande.channel());
        Demande answered = demandes.accept(id, RELATION_USAGERS_AGENT, demande.channel(), summary)
                .value();
        String text = "Ville de Lyon, direction de la relation aux usagers\n"
                + "Lyon, le " + FrenchFormats.longDate(LocalDate.now(clock)) + "\n\n"
                + (usager.sexe() == Sexe.FEMININ ? "Madame " : "Monsieur ")
                + usager.nomUsuel() + ",\n\n"
                + "Objet : votre réclamation n° " + answered.reference() + " du "
                + FrenchFormats.longDate(
                        Objects.requireNonNull(answered.delay()).receivedOn()) + "\n\n"
                + letter + "\n\n"
                + "Nous vous prions d'agréer l'expression de nos salutations distinguées.\n"
                + "Pour le maire, la direction de la relation aux usagers\n";
        return context.writeReport("reponse-" + answered.reference() + ".txt", text);
    }

    /** The deadline sweep a portal runs every night: flags late the demandes whose delay ran out. */
    List<AutomaticDecision> sweep() {
        return demandes.applyExpiredDeadlines();
    }

    /** {@return the service level over the réclamations received in {@code [from, to)}, as of today} */
    ServiceLevel level(LocalDate from, LocalDate to) {
        return demandes.serviceLevel(TELESERVICE, from, to);
    }

    /**
     * The service-level report: the situation at the deadline sweep (what is late), then once every
     * réclamation has been answered (what was answered within the delay, what was not).
     */
    String report(ServiceLevel atSweep, ServiceLevel atEnd, List<DemandeId> reclamations) {
        StringBuilder text = new StringBuilder();
        text.append("Réclamations reçues du ")
                .append(FrenchFormats.longDate(atEnd.from()))
                .append(" au ")
                .append(FrenchFormats.longDate(atEnd.to().minusDays(1)))
                .append(", délai de réponse annoncé: 15 jours ouvrés\n\n");
        text.append("Au ").append(FrenchFormats.longDate(atSweep.asOf())).append(":\n");
        text.append(String.format(
                Locale.FRANCE,
                "  %d reçues, %d traitées, %d en retard%n",
                atSweep.received(),
                atSweep.decided(),
                atSweep.late().size()));
        for (LateDemande late : atSweep.late()) {
            text.append("  en retard: ")
                    .append(late.reference())
                    .append(", ")
                    .append(LyonDossierUsager.state(late.state()))
                    .append(", échéance dépassée du ")
                    .append(late.deadline() == null ? "?" : FrenchFormats.longDate(late.deadline()))
                    .append(late.flagged() ? " (signalée par le contrôle des délais)" : "")
                    .append('\n');
        }
        text.append("\nAu ").append(FrenchFormats.longDate(atEnd.asOf())).append(":\n");
        text.append(String.format(
                Locale.FRANCE,
                "  %d reçues, %d traitées, %d dans le délai annoncé (%.0f %%), %d hors délai%n",
                atEnd.received(),
                atEnd.decided(),
                atEnd.decidedWithinDelay(),
                100 * atEnd.shareDecidedWithinDelay(),
                atEnd.decided() - atEnd.decidedWithinDelay() - atEnd.implicitDecisions()));
        text.append(String.format(
                Locale.FRANCE,
                "  médiane %d jours ouvrés, 90e centile %d jours ouvrés%n",
                atEnd.percentileBusinessDays(50),
                atEnd.percentileBusinessDays(90)));
        for (DemandeId id : reclamations) {
            Demande demande = demandes.find(id).orElseThrow().value();
            DemandeDelay delay = Objects.requireNonNull(demande.delay());
            Processing processing = delay.processing();
            text.append("  ")
                    .append(demande.reference())
                    .append(" (")
                    .append(LyonDossierUsager.channel(demande.channel()))
                    .append("): reçue le ")
                    .append(FrenchFormats.date(delay.receivedOn()))
                    .append(", échéance le ")
                    .append(delay.deadline() == null ? "?" : FrenchFormats.date(delay.deadline()));
            if (processing == null) {
                text.append(", sans réponse\n");
            } else {
                text.append(", répondue le ")
                        .append(FrenchFormats.date(processing.decidedOn()))
                        .append(" en ")
                        .append(processing.businessDays())
                        .append(" jours ouvrés, ")
                        .append(processing.withinDelay() ? "dans le délai" : "HORS DÉLAI")
                        .append('\n');
            }
        }
        return text.toString();
    }
}

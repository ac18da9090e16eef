package fr.eadmin.core.demande;

import fr.eadmin.core.Actor;
import fr.eadmin.core.Channel;
import fr.eadmin.core.usager.Foyer;
import fr.eadmin.core.usager.Usager;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.core.usager.UsagerKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a new draft is made of: the téléservice, who files it and for whom, how, and the first answers and
 * pièces.
 *
 * {@snippet :
 * DraftRequest request = DraftRequest.forFoyerMember("inscription-scolaire", parent, foyer, enfant,
 *                 Actor.usager(parent), Channel.INTERNET)
 *         .withAnswers(Map.of("ecole", "jules-ferry"));
 * }
 *
 * @param teleservice the code of the téléservice
 * @param demandeur the usager filing the demande
 * @param beneficiary the usager it is for (the demandeur, or a member of their foyer, or the foyer)
 * @param beneficiaryKind the beneficiary's kind
 * @param filedBy who creates it: the demandeur, or an agent on their behalf
 * @param channel through which channel
 * @param answers the answers of the form so far
 * @param pieces the pièces attached so far
 */
public record DraftRequest(
        String teleservice,
        UsagerId demandeur,
        UsagerId beneficiary,
        UsagerKind beneficiaryKind,
        Actor filedBy,
        Channel channel,
        Map<String, String> answers,
        List<SuppliedPiece> pieces) {

    /** The most answers a demande may carry. */
    public static final int MAX_ANSWERS = 1000;

    /**
     * Checks the values. Membership of a foyer is checked by {@link #forFoyerMember}.
     *
     * @throws InvalidDemandeException if there are too many answers or a field id is blank
     */
    public DraftRequest {
        Objects.requireNonNull(teleservice, "teleservice");
        Objects.requireNonNull(demandeur, "demandeur");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(beneficiaryKind, "beneficiaryKind");
        Objects.requireNonNull(filedBy, "filedBy");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(pieces, "pieces");
        if (answers.size() > MAX_ANSWERS) {
            throw new InvalidDemandeException("answers", "at most " + MAX_ANSWERS + " answers");
        }
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Objects.requireNonNull(answer.getValue(), "answer");
            if (answer.getKey().isBlank()) {
                throw new InvalidDemandeException("answers", "a field id must not be blank");
            }
        }
        answers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(answers));
        pieces = List.copyOf(pieces);
    }

    /**
     * A demande a usager files for themselves (or that an agent files for them).
     *
     * @param teleservice the code of the téléservice
     * @param demandeur the usager
     * @param filedBy the usager, or an agent
     * @param channel the channel
     * @return the request, without answers or pièces
     */
    public static DraftRequest forSelf(String teleservice, Usager demandeur, Actor filedBy, Channel channel) {
        Objects.requireNonNull(demandeur, "demandeur");
        return new DraftRequest(
                teleservice, demandeur.id(), demandeur.id(), demandeur.kind(), filedBy, channel, Map.of(), List.of());
    }

    /**
     * A demande a member of a foyer files for another member (a parent for a child) or for the foyer itself.
     *
     * @param teleservice the code of the téléservice
     * @param demandeur the member filing
     * @param foyer the foyer
     * @param beneficiary a member of the foyer, or the foyer's own id
     * @param filedBy the demandeur, or an agent
     * @param channel the channel
     * @return the request, without answers or pièces
     * @throws InvalidDemandeException if the demandeur is not a member, or the beneficiary neither a member nor
     *     the foyer
     */
    public static DraftRequest forFoyerMember(
            String teleservice, UsagerId demandeur, Foyer foyer, UsagerId beneficiary, Actor filedBy, Channel channel) {
        Objects.requireNonNull(demandeur, "demandeur");
        Objects.requireNonNull(foyer, "foyer");
        Objects.requireNonNull(beneficiary, "beneficiary");
        if (!foyer.isMembre(demandeur)) {
            throw new InvalidDemandeException("demandeur", "is not a member of the foyer " + foyer.id());
        }
        UsagerKind kind;
        if (beneficiary.equals(foyer.id())) {
            kind = UsagerKind.FOYER;
        } else if (foyer.isMembre(beneficiary)) {
            kind = UsagerKind.INDIVIDU;
        } else {
            throw new InvalidDemandeException(
                    "beneficiary", "is neither a member of the foyer " + foyer.id() + " nor the foyer");
        }
        return new DraftRequest(teleservice, demandeur, beneficiary, kind, filedBy, channel, Map.of(), List.of());
    }

    /**
     * The same request with these answers.
     *
     * @param values the answers, field id to value
     * @return a new request
     */
    public DraftRequest withAnswers(Map<String, String> values) {
        return new DraftRequest(teleservice, demandeur, beneficiary, beneficiaryKind, filedBy, channel, values, pieces);
    }

    /**
     * The same request with these pièces.
     *
     * @param values the pièces
     * @return a new request
     */
    public DraftRequest withPieces(List<SuppliedPiece> values) {
        return new DraftRequest(
                teleservice, demandeur, beneficiary, beneficiaryKind, filedBy, channel, answers, values);
    }
}

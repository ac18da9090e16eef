package fr.eadmin.core.teleservice;

/**
 * What the administration's silence means when the delay to answer a demande runs out.
 *
 * <ul>
 *   <li>{@link #ACCEPTATION}: the general rule since the loi n° 2013-1005 of 12 November 2013 (CRPA L231-1):
 *       "le silence gardé pendant deux mois par l'administration sur une demande vaut décision
 *       d'acceptation". The beneficiary may ask for an attestation of the implicit decision (L232-3).
 *   <li>{@link #REJET}: the exceptions of L231-4 (a demande that does not tend to an individual decision, a
 *       réclamation, a demande of a financial nature, a relation between the administration and its agents…)
 *       and the procedures listed by decree under L231-5 and L231-6 (where a delay other than two months may
 *       also be set). The rejection is born at the end of the delay and can be challenged (voies et délais
 *       de recours).
 *   <li>{@link #NONE}: no decision is born by silence: a service commitment (an acte d'état civil delivered
 *       within 6 jours ouvrés, a room booking) rather than a legal delay. When the delay runs out the
 *       demande is flagged late; nobody decides for the agent.
 * </ul>
 */
public enum SilenceRule {
    /** Silence vaut acceptation (SVA). */
    ACCEPTATION,
    /** Silence vaut rejet (SVR). */
    REJET,
    /** No implicit decision: the delay is a service commitment. */
    NONE
}

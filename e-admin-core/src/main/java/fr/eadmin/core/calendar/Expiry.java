package fr.eadmin.core.calendar;

/**
 * Whether the end of a delay that falls on a day off is carried over to the next open day.
 *
 * <p>The code de procédure civile, article 642, says that every delay expires on its last day at midnight, and that
 * a delay which would expire on a Saturday, a Sunday or a jour férié or chômé is extended to the next working day.
 * The Conseil d'État applies the same rule to the time limits of administrative law within which someone must act:
 * the délai de recours contentieux (CE, 5 June 2009, n° 312682, for a déféré préfectoral), a recours administratif
 * that must be brought within the délai de recours (CE, 19 September 2014, n° 362568), or a time limit set to
 * produce a mémoire (CE, 13 May 2015, n° 368892). That is {@link #EXTENDED}, the default everywhere in this
 * package.
 *
 * <p>The date on which the administration's silence produces an implicit decision (CRPA L231-1 and L231-4, "le
 * silence gardé pendant deux mois") is another matter: no article of the CRPA extends that delay, and the decisions
 * above concern delays within which someone must act, the case article 642 protects; they do not settle whether the
 * birth of a decision by silence, which requires nobody to act, moves to the next working day. A caller that dates the implicit decision on the nominal last day, and must
 * print that date on the accusé de réception (CRPA R112-5, 1°), uses {@link #NOMINAL}; the choice belongs to the
 * application, which knows the procedure and the legal reading its lawyers follow.
 */
public enum Expiry {
    /**
     * The delay ends on its nominal last day or, when that day is a Saturday, a Sunday, a jour férié or a closure
     * day, on the first following day that is none of these (code de procédure civile, article 642). Saturdays are
     * skipped even for a calendar that works on Saturdays, since article 642 names them.
     */
    EXTENDED,

    /** The delay ends on its nominal last day, whatever the day. */
    NOMINAL
}

package fr.eadmin.identity.account;

/** Who holds an account. */
public enum AccountKind {
    /** A usager of the town's téléservices. */
    USAGER,
    /** An agent of the town (or of its intercommunalité). */
    AGENT,
    /** An agent of a partner organisation (CCAS, school, association delegated a service…). */
    PARTNER_AGENT;

    /**
     * Whether holders of this kind are agents, who belong to an organisation and may enrol a TOTP second
     * factor.
     *
     * @return {@code true} for {@link #AGENT} and {@link #PARTNER_AGENT}
     */
    public boolean isAgent() {
        return this != USAGER;
    }
}

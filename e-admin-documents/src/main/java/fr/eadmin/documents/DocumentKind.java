package fr.eadmin.documents;

/** The kinds of documents the module produces, with the code used in seals and embedded data. */
public enum DocumentKind {
    /** Accusé de réception of a demande (CRPA L112-3, R112-5). */
    ACCUSE_RECEPTION("accuse-reception", "Accusé de réception"),
    /** Récapitulatif of a submitted demande: the answers and the pièces. */
    RECAPITULATIF("recapitulatif", "Récapitulatif de demande"),
    /** Attestation of a decision. */
    ATTESTATION("attestation", "Attestation"),
    /** Facture (invoice). */
    FACTURE("facture", "Facture"),
    /** Quittance (receipt of a payment). */
    QUITTANCE("quittance", "Quittance");

    private final String code;
    private final String title;

    DocumentKind(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /**
     * The kind with a code.
     *
     * @param code a code such as {@code "quittance"}
     * @return the kind, or empty for an unknown code
     */
    public static java.util.Optional<DocumentKind> ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (DocumentKind kind : values()) {
            if (kind.code.equals(code)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The short code of the kind, as seals and embedded data carry it.
     *
     * @return the code, such as {@code "quittance"}
     */
    public String code() {
        return code;
    }

    /**
     * The French name of the kind.
     *
     * @return the name, such as {@code "Quittance"}
     */
    public String title() {
        return title;
    }
}

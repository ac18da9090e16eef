package fr.eadmin.examples;

/** What an artifact written by a scenario is, as named in {@code index.json}. */
public enum ArtifactKind {
    /** A PDF document. */
    PDF("pdf"),
    /** A PDF carrying an electronic signature or seal. */
    PDF_SIGNED("pdf-signed"),
    /** A detached CAdES signature; its entry names the signed file in {@code content}. */
    CADES_SIGNATURE("cades-signature"),
    /** An RFC 3161 timestamp token; its entry names the timestamped file in {@code data}. */
    TIMESTAMP_TOKEN("timestamp-token"),
    /** A SEDA transfer package. */
    SIP("sip"),
    /** An extract of the traceability journal. */
    JOURNAL("journal"),
    /** A certificate a relying party must trust. */
    TRUST_ANCHOR("trust-anchor"),
    /** A human-readable or machine-readable report. */
    REPORT("report");

    private final String jsonName;

    ArtifactKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /**
     * The name used in {@code index.json}.
     *
     * @return the name, such as {@code "pdf-signed"}
     */
    public String jsonName() {
        return jsonName;
    }
}

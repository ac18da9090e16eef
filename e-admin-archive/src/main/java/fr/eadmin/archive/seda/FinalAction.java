package fr.eadmin.archive.seda;

/** The final action of an appraisal rule ({@code FinalAction} of {@code AppraisalRule}). */
public enum FinalAction {
    /** Keep for ever (conservation définitive). */
    KEEP("Keep"),
    /** Destroy once the DUA has run out (élimination). */
    DESTROY("Destroy");

    private final String code;

    FinalAction(String code) {
        this.code = code;
    }

    /**
     * The code SEDA uses.
     *
     * @return {@code Keep} or {@code Destroy}
     */
    public String code() {
        return code;
    }
}

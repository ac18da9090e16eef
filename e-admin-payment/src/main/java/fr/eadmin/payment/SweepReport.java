package fr.eadmin.payment;

/**
 * What one sweep of open payments did.
 *
 * @param examined the open payments looked at
 * @param fetchedBack how many had their status asked of their provider
 * @param changed how many changed status because of the provider's answer
 * @param expired how many were given up because their time ran out
 */
public record SweepReport(int examined, int fetchedBack, int changed, int expired) {
    /** Checks the values. */
    public SweepReport {
        if (examined < 0 || fetchedBack < 0 || changed < 0 || expired < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}

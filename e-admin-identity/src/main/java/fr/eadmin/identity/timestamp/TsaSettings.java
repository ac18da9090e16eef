package fr.eadmin.identity.timestamp;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How an embedded {@link TimestampAuthority} stamps.
 *
 * @param policy the OID of the TSA policy written in every token (the town's timestamping policy; requests
 *     asking for another one are refused)
 * @param accuracy the accuracy the tokens claim for their time, from 1 ms to 1 h
 */
public record TsaSettings(String policy, Duration accuracy) {
    private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if the policy is not an OID or the accuracy is out of range
     */
    public TsaSettings {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(accuracy, "accuracy");
        if (!OID.matcher(policy).matches()) {
            throw new IllegalArgumentException("a TSA policy is an object identifier in dotted form");
        }
        if (accuracy.compareTo(Duration.ofMillis(1)) < 0 || accuracy.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("a TSA accuracy is between one millisecond and one hour");
        }
    }

    /**
     * Settings with a policy and an accuracy of one second.
     *
     * @param policy the policy OID
     * @return the settings
     */
    public static TsaSettings withPolicy(String policy) {
        return new TsaSettings(policy, Duration.ofSeconds(1));
    }
}

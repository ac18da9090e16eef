package fr.eadmin.payment.spi;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A notification from a provider, as the application received it over HTTP, before any verification.
 *
 * @param parameters the query and form parameters, decoded, in the order received (the last value of a
 *     repeated name)
 * @param headers the HTTP headers, names in lower case
 * @param body the raw body (for providers that sign it), empty if none
 * @param receivedAt when it was received
 */
public record ProviderNotification(
        Map<String, String> parameters, Map<String, String> headers, byte[] body, Instant receivedAt) {
    /** Checks and copies the values. */
    public ProviderNotification {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters, "parameters")));
        Map<String, String> lower = new LinkedHashMap<>();
        Objects.requireNonNull(headers, "headers").forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
        headers = Collections.unmodifiableMap(lower);
        body = Objects.requireNonNull(body, "body").clone();
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * A notification made of parameters only.
     *
     * @param parameters the decoded query or form parameters
     * @param receivedAt when it was received
     * @return the notification
     */
    public static ProviderNotification ofParameters(Map<String, String> parameters, Instant receivedAt) {
        return new ProviderNotification(parameters, Map.of(), new byte[0], receivedAt);
    }

    /**
     * One parameter.
     *
     * @param name its name
     * @return its value, if present
     */
    public Optional<String> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** {@return a copy of the raw body} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProviderNotification that
                && parameters.equals(that.parameters)
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body)
                && receivedAt.equals(that.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(parameters, headers, Arrays.hashCode(body), receivedAt);
    }

    /** Names only: parameters may hold personal data and secrets. */
    @Override
    public String toString() {
        return "ProviderNotification[parameters=" + parameters.keySet() + ", body=" + body.length + " bytes, at "
                + receivedAt + "]";
    }
}

package fr.eadmin.identity.franceconnect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.eadmin.identity.franceconnect.internal.Json;
import fr.eadmin.identity.franceconnect.internal.Jwk;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpClient;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The provider's signing keys (its JWKS), fetched on first use and fetched again when a token names a key
 * not yet known (the provider rotated its keys), at most once per minimum interval, so that tokens naming
 * made-up keys cannot make the portal hammer the provider. Thread-safe.
 */
public final class ProviderKeys {
    private final @Nullable OpenIdHttpClient http;
    private final @Nullable URI jwksUri;
    private final Clock clock;
    private final Duration minRefreshInterval;
    private final Object lock = new Object();
    private @Nullable List<Jwk> keys;
    private @Nullable Instant fetchedAt;

    private ProviderKeys(
            @Nullable OpenIdHttpClient http,
            @Nullable URI jwksUri,
            Clock clock,
            Duration minRefreshInterval,
            @Nullable List<Jwk> keys) {
        this.http = http;
        this.jwksUri = jwksUri;
        this.clock = clock;
        this.minRefreshInterval = minRefreshInterval;
        this.keys = keys;
    }

    /**
     * Keys fetched from the provider's JWKS URL.
     *
     * @param http the HTTP client
     * @param jwksUri the JWKS URL
     * @param clock the clock measuring the interval between fetches
     * @param minRefreshInterval the least time between two fetches (zero: a fetch per unknown key)
     * @return the keys, not fetched yet
     * @throws IllegalArgumentException if the interval is negative
     */
    public static ProviderKeys fetchedFrom(
            OpenIdHttpClient http, URI jwksUri, Clock clock, Duration minRefreshInterval) {
        if (minRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("the refresh interval is not negative");
        }
        return new ProviderKeys(
                Objects.requireNonNull(http, "http"),
                Objects.requireNonNull(jwksUri, "jwksUri"),
                Objects.requireNonNull(clock, "clock"),
                minRefreshInterval,
                null);
    }

    /**
     * Fixed keys, never refreshed.
     *
     * @param jwks the JWKS document, UTF-8 JSON
     * @return the keys
     * @throws TokenRejectedException {@link FailureReason#MALFORMED_TOKEN} if the document is unreadable
     */
    public static ProviderKeys of(byte[] jwks) {
        return new ProviderKeys(
                null, null, Clock.systemUTC(), Duration.ZERO, parse(Objects.requireNonNull(jwks, "jwks")));
    }

    /** The keys known, fetching them the first time. */
    List<Jwk> current() {
        synchronized (lock) {
            List<Jwk> known = keys;
            if (known == null) {
                known = fetch();
            }
            return known;
        }
    }

    /**
     * Fetches the keys again, if they come from a URL and the last fetch is old enough.
     *
     * @return true if they were fetched again
     */
    boolean refresh() {
        if (http == null) {
            return false;
        }
        synchronized (lock) {
            Instant last = fetchedAt;
            if (last != null && clock.instant().isBefore(last.plus(minRefreshInterval))) {
                return false;
            }
            fetch();
            return true;
        }
    }

    private List<Jwk> fetch() {
        OpenIdHttpClient client = Objects.requireNonNull(http, "http");
        URI uri = Objects.requireNonNull(jwksUri, "jwksUri");
        OpenIdHttpResponse response;
        try {
            response = client.send(OpenIdHttpRequest.get(uri, Map.of("Accept", "application/json")));
        } catch (IOException e) {
            throw new TokenRejectedException(FailureReason.PROVIDER_UNREACHABLE, "JWKS not fetched", e);
        }
        if (response.status() != 200) {
            throw new TokenRejectedException(
                    FailureReason.PROVIDER_UNREACHABLE, "JWKS answered HTTP " + response.status());
        }
        List<Jwk> parsed = parse(response.body());
        keys = parsed;
        fetchedAt = clock.instant();
        return parsed;
    }

    private static List<Jwk> parse(byte[] json) {
        try {
            ObjectNode document = Json.object(json);
            JsonNode array = document.get("keys");
            if (array == null || !array.isArray()) {
                throw new IllegalArgumentException("a JWKS has a keys array");
            }
            List<Jwk> parsed = new ArrayList<>();
            for (JsonNode node : array) {
                Jwk.parse(node).ifPresent(parsed::add);
            }
            return List.copyOf(parsed);
        } catch (IllegalArgumentException e) {
            throw new TokenRejectedException(FailureReason.MALFORMED_TOKEN, "unreadable JWKS: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ProviderKeys[" + (jwksUri == null ? "fixed" : jwksUri.toString()) + "]";
    }
}

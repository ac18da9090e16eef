package fr.eadmin.identity.franceconnect;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a portal talks to FranceConnect: its client registration, the provider's endpoints, what it asks for
 * and what it tolerates. Built explicitly, without any network access. {@link #toString()} never shows the
 * client secret.
 *
 * {@snippet :
 * FranceConnectSettings settings = FranceConnectSettings.builder()
 *         .endpoints(endpoints) // ProviderEndpoints.fromDiscovery(...) or written out
 *         .clientId("211286433e39cce01db448d80181bdfd005554b19cd51b3fe7943f6b3b86ab6e")
 *         .clientSecret(secretFromVault)
 *         .redirectUri(URI.create("https://demarches.maurepas.fr/franceconnect/callback"))
 *         .level(EidasLevel.EIDAS1)
 *         .build();
 * }
 */
public final class FranceConnectSettings {
    /** The scopes of the identité pivot, asked for by default with {@code openid}. */
    public static final List<String> PIVOT_SCOPES =
            List.of("given_name", "family_name", "birthdate", "gender", "birthplace", "birthcountry");

    private static final Pattern SCOPE = Pattern.compile("[A-Za-z0-9_:.-]{1,64}");

    private final ProviderEndpoints endpoints;
    private final String clientId;
    private final String clientSecret;
    private final URI redirectUri;
    private final List<String> scopes;
    private final EidasLevel level;
    private final Duration clockSkew;
    private final Duration loginLifetime;
    private final ClientAuthentication clientAuthentication;
    private final Set<SignatureAlgorithm> algorithms;
    private final Duration jwksRefreshInterval;

    private FranceConnectSettings(Builder builder) {
        this.endpoints = required(builder.endpoints, "endpoints");
        this.clientId = required(builder.clientId, "clientId");
        this.clientSecret = required(builder.clientSecret, "clientSecret");
        this.redirectUri = required(builder.redirectUri, "redirectUri");
        this.scopes = List.copyOf(builder.scopes);
        this.level = builder.level;
        this.clockSkew = builder.clockSkew;
        this.loginLifetime = builder.loginLifetime;
        this.clientAuthentication = builder.clientAuthentication;
        this.algorithms = Set.copyOf(builder.algorithms);
        this.jwksRefreshInterval = builder.jwksRefreshInterval;
    }

    /**
     * Starts settings. Defaults: scopes {@code openid} and the identité pivot, level {@link EidasLevel#EIDAS1},
     * clock skew 60 s, login lifetime 10 min, {@link ClientAuthentication#CLIENT_SECRET_POST}, ES256 and
     * RS256 accepted, the JWKS fetched again at most once a minute.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the provider's endpoints and issuer} */
    public ProviderEndpoints endpoints() {
        return endpoints;
    }

    /** {@return the issuer the tokens must carry} */
    public String issuer() {
        return endpoints.issuer();
    }

    /** {@return the client id} */
    public String clientId() {
        return clientId;
    }

    /**
     * The client secret, for the token request only.
     *
     * @return the secret
     */
    public String clientSecret() {
        return clientSecret;
    }

    /** {@return the redirect URI registered with the provider} */
    public URI redirectUri() {
        return redirectUri;
    }

    /** {@return the scopes asked for, {@code openid} first} */
    public List<String> scopes() {
        return scopes;
    }

    /** {@return the eIDAS level asked for, and required of the answer} */
    public EidasLevel level() {
        return level;
    }

    /** {@return the tolerance on the token's times} */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** {@return how long a started login may take to come back} */
    public Duration loginLifetime() {
        return loginLifetime;
    }

    /** {@return how the client authenticates to the token endpoint} */
    public ClientAuthentication clientAuthentication() {
        return clientAuthentication;
    }

    /** {@return the signature algorithms accepted} */
    public Set<SignatureAlgorithm> algorithms() {
        return algorithms;
    }

    /** {@return the least time between two fetches of the provider's JWKS} */
    public Duration jwksRefreshInterval() {
        return jwksRefreshInterval;
    }

    /**
     * Whether the scopes ask for part of the identité pivot, so that userinfo must be read.
     *
     * @return true if a pivot scope is asked for
     */
    public boolean asksForIdentity() {
        return scopes.stream().anyMatch(PIVOT_SCOPES::contains);
    }

    @Override
    public String toString() {
        return "FranceConnectSettings[issuer " + endpoints.issuer() + ", client " + clientId + ", scopes "
                + String.join(" ", scopes) + ", " + level.acr() + "]";
    }

    private static <T> T required(@Nullable T value, String name) {
        if (value == null) {
            throw new IllegalStateException(name + " is required");
        }
        return value;
    }

    /** Builds {@link FranceConnectSettings}. */
    public static final class Builder {
        private @Nullable ProviderEndpoints endpoints;
        private @Nullable String clientId;
        private @Nullable String clientSecret;
        private @Nullable URI redirectUri;
        private List<String> scopes = defaultScopes();
        private EidasLevel level = EidasLevel.EIDAS1;
        private Duration clockSkew = Duration.ofSeconds(60);
        private Duration loginLifetime = Duration.ofMinutes(10);
        private ClientAuthentication clientAuthentication = ClientAuthentication.CLIENT_SECRET_POST;
        private Set<SignatureAlgorithm> algorithms = EnumSet.allOf(SignatureAlgorithm.class);
        private Duration jwksRefreshInterval = Duration.ofMinutes(1);

        private Builder() {}

        private static List<String> defaultScopes() {
            List<String> scopes = new ArrayList<>();
            scopes.add("openid");
            scopes.addAll(PIVOT_SCOPES);
            return scopes;
        }

        /**
         * Sets the provider's endpoints (required).
         *
         * @param value the endpoints
         * @return this builder
         */
        public Builder endpoints(ProviderEndpoints value) {
            this.endpoints = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the client id (required).
         *
         * @param value the client id
         * @return this builder
         * @throws IllegalArgumentException if blank
         */
        public Builder clientId(String value) {
            if (Objects.requireNonNull(value, "value").isBlank()) {
                throw new IllegalArgumentException("the client id is not blank");
            }
            this.clientId = value;
            return this;
        }

        /**
         * Sets the client secret (required).
         *
         * @param value the secret
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder clientSecret(String value) {
            if (Objects.requireNonNull(value, "value").isEmpty()) {
                throw new IllegalArgumentException("the client secret is not empty");
            }
            this.clientSecret = value;
            return this;
        }

        /**
         * Sets the redirect URI registered with the provider (required).
         *
         * @param value the URI
         * @return this builder
         * @throws IllegalArgumentException if not absolute
         */
        public Builder redirectUri(URI value) {
            if (!Objects.requireNonNull(value, "value").isAbsolute()) {
                throw new IllegalArgumentException("the redirect URI is absolute");
            }
            this.redirectUri = value;
            return this;
        }

        /**
         * Sets the scopes; {@code openid} is added first if missing. Add {@code email} or {@code
         * preferred_username} to the pivot scopes as needed.
         *
         * @param values the scopes
         * @return this builder
         * @throws IllegalArgumentException if a scope has characters a scope does not have
         */
        public Builder scopes(List<String> values) {
            List<String> scopes = new ArrayList<>();
            scopes.add("openid");
            for (String scope : values) {
                if (!SCOPE.matcher(Objects.requireNonNull(scope, "scope")).matches()) {
                    throw new IllegalArgumentException("a scope is 1 to 64 letters, digits or _:.-");
                }
                if (!scopes.contains(scope)) {
                    scopes.add(scope);
                }
            }
            this.scopes = scopes;
            return this;
        }

        /**
         * Sets the eIDAS level asked for and required.
         *
         * @param value the level
         * @return this builder
         */
        public Builder level(EidasLevel value) {
            this.level = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the tolerance on the token's times.
         *
         * @param value the skew, between 0 and 5 minutes
         * @return this builder
         * @throws IllegalArgumentException if outside that range
         */
        public Builder clockSkew(Duration value) {
            if (value.isNegative() || value.compareTo(Duration.ofMinutes(5)) > 0) {
                throw new IllegalArgumentException("the clock skew is between 0 and 5 minutes");
            }
            this.clockSkew = value;
            return this;
        }

        /**
         * Sets how long a started login may take to come back.
         *
         * @param value the lifetime, positive
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder loginLifetime(Duration value) {
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the login lifetime is positive");
            }
            this.loginLifetime = value;
            return this;
        }

        /**
         * Sets how the client authenticates to the token endpoint.
         *
         * @param value the method
         * @return this builder
         */
        public Builder clientAuthentication(ClientAuthentication value) {
            this.clientAuthentication = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the signature algorithms accepted.
         *
         * @param values the algorithms, at least one
         * @return this builder
         * @throws IllegalArgumentException if empty
         */
        public Builder algorithms(Set<SignatureAlgorithm> values) {
            if (values.isEmpty()) {
                throw new IllegalArgumentException("at least one algorithm is accepted");
            }
            this.algorithms = EnumSet.copyOf(values);
            return this;
        }

        /**
         * Sets the least time between two fetches of the provider's JWKS when tokens name unknown keys.
         *
         * @param value the interval, zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder jwksRefreshInterval(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("the JWKS refresh interval is not negative");
            }
            this.jwksRefreshInterval = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalStateException if endpoints, client id, secret or redirect URI is missing
         */
        public FranceConnectSettings build() {
            return new FranceConnectSettings(this);
        }
    }
}

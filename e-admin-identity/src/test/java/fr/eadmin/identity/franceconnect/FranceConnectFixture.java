package fr.eadmin.identity.franceconnect;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpClient;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

/** A local provider, a client registered with it, and people who can log in. */
final class FranceConnectFixture {
    static final String ISSUER = "https://fc.local";
    static final String CLIENT_ID = "portail-maurepas";
    static final String SECRET = "s3cr3t-du-portail-0123456789";
    static final URI REDIRECT = URI.create("https://demarches.maurepas.fr/franceconnect/callback");
    static final SecureRandom RANDOM = new SecureRandom();

    final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    final LocalOpenIdProvider provider = LocalOpenIdProvider.create(ISSUER, clock, RANDOM);
    final InMemoryPendingLoginStore pending = new InMemoryPendingLoginStore();

    FranceConnectFixture() {
        provider.registerClient(CLIENT_ID, SECRET, REDIRECT);
        provider.addIdentity(
                "angela",
                LocalOpenIdProvider.pivot("Angela Claire Louise", "DUBOIS", "1962-08-24", "female", "75107", "99100"));
        Map<String, String> abroad = new java.util.HashMap<>(
                LocalOpenIdProvider.pivot("Pedro", "GARCIA", "1980-00-00", "male", "", "99134"));
        abroad.put("preferred_username", "MARTIN");
        abroad.put("email", "pedro.garcia@example.org");
        provider.addIdentity("pedro", abroad);
    }

    FranceConnectSettings.Builder settings() {
        return FranceConnectSettings.builder()
                .endpoints(provider.endpoints())
                .clientId(CLIENT_ID)
                .clientSecret(SECRET)
                .redirectUri(REDIRECT);
    }

    FranceConnectClient client() {
        return client(UnaryOperator.identity());
    }

    FranceConnectClient client(UnaryOperator<FranceConnectSettings.Builder> customise) {
        return client(customise, provider);
    }

    FranceConnectClient client(UnaryOperator<FranceConnectSettings.Builder> customise, OpenIdHttpClient http) {
        return FranceConnectClient.create(customise.apply(settings()).build(), http, pending, clock, RANDOM);
    }

    /** Begins a login, lets the person log in at the provider, completes the login. */
    FranceConnectOutcome login(FranceConnectClient client, String person) {
        AuthorizationRequest request = client.begin();
        return client.complete(request.pendingLogin().state(), provider.authorize(request.uri(), person));
    }
}

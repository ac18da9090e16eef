package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider;
import fr.eadmin.identity.jdbc.JdbcPendingLoginStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A portal on two nodes sharing its pending logins in the database, against the local provider. */
abstract class FranceConnectNodesTestCases {
    private static final String CLIENT = "portail";
    private static final URI REDIRECT = URI.create("https://portail.ville-test.fr/franceconnect/callback");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final LocalOpenIdProvider provider = LocalOpenIdProvider.create("https://fc.local", clock, RANDOM);
    private FranceConnectClient nodeA;
    private FranceConnectClient nodeB;

    /** @return the data source of the test class's database, with identity's schema applied */
    abstract DataSource dataSource();

    @BeforeEach
    void startNodes() {
        provider.registerClient(CLIENT, "secret", REDIRECT);
        provider.addIdentity(
                "angela",
                LocalOpenIdProvider.pivot("Angela Claire Louise", "DUBOIS", "1962-08-24", "female", "75107", "99100"));
        FranceConnectSettings settings = FranceConnectSettings.builder()
                .endpoints(provider.endpoints())
                .clientId(CLIENT)
                .clientSecret("secret")
                .redirectUri(REDIRECT)
                .build();
        nodeA = FranceConnectClient.create(
                settings, provider, JdbcPendingLoginStore.create(dataSource()), clock, RANDOM);
        nodeB = FranceConnectClient.create(
                settings, provider, JdbcPendingLoginStore.create(dataSource()), clock, RANDOM);
    }

    @Test
    void finishesOnOneNodeALoginStartedOnTheOther() {
        AuthorizationRequest request = nodeA.begin();

        FranceConnectOutcome outcome =
                nodeB.complete(request.pendingLogin().state(), provider.authorize(request.uri(), "angela"));

        assertThat(outcome).isInstanceOf(FranceConnectOutcome.Authenticated.class);
    }

    @Test
    void letsOneNodeFinishACallbackDeliveredToBoth() throws Exception {
        for (int round = 0; round < 5; round++) {
            AuthorizationRequest request = nodeA.begin();
            CallbackParameters callback = provider.authorize(request.uri(), "angela");
            String state = request.pendingLogin().state();
            CyclicBarrier together = new CyclicBarrier(2);

            List<CompletableFuture<FranceConnectOutcome>> outcomes = List.of(nodeA, nodeB).stream()
                    .map(node -> CompletableFuture.supplyAsync(() -> {
                        try {
                            together.await(1, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return node.complete(state, callback);
                    }))
                    .toList();

            List<FranceConnectOutcome> results = outcomes.stream()
                    .map(f -> f.orTimeout(5, TimeUnit.MINUTES).join())
                    .toList();
            assertThat(results)
                    .filteredOn(FranceConnectOutcome.Authenticated.class::isInstance)
                    .hasSize(1);
            assertThat(results)
                    .filteredOn(FranceConnectOutcome.Refused.class::isInstance)
                    .singleElement()
                    .isEqualTo(new FranceConnectOutcome.Refused(
                            FailureReason.REPLAYED,
                            "REPLAYED: no pending login for this state: already used or never started"));
        }
    }
}

package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default HTTP client against the local provider served over real HTTP on the loopback interface. */
class JavaNetOpenIdHttpClientTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    private final AtomicReference<LocalOpenIdProvider> provider = new AtomicReference<>();
    private HttpServer server;
    private String issuer;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        LocalOpenIdProvider local = LocalOpenIdProvider.create(issuer, clock, FranceConnectFixture.RANDOM);
        local.registerClient(
                FranceConnectFixture.CLIENT_ID, FranceConnectFixture.SECRET, FranceConnectFixture.REDIRECT);
        local.addIdentity(
                "angela",
                LocalOpenIdProvider.pivot("Angela Claire Louise", "DUBOIS", "1962-08-24", "female", "75107", "99100"));
        local.signUserinfo(true);
        provider.set(local);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestURI().getPath().equals("/huge")) {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[64 * 1024];
                for (int i = 0; i < 20; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client stopped reading
            }
            return;
        }
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
        byte[] body = exchange.getRequestBody().readAllBytes();
        URI uri = URI.create(issuer + exchange.getRequestURI());
        OpenIdHttpResponse response =
                provider.get().send(new OpenIdHttpRequest(exchange.getRequestMethod(), uri, headers, body));
        response.header("Content-Type")
                .ifPresent(type -> exchange.getResponseHeaders().add("Content-Type", type));
        exchange.sendResponseHeaders(response.status(), response.body().length == 0 ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response.body());
        }
    }

    @Test
    void logsInOverHttp() {
        JavaNetOpenIdHttpClient http = JavaNetOpenIdHttpClient.create(Duration.ofSeconds(10));
        ProviderEndpoints endpoints = FranceConnectClient.discover(http, issuer);
        FranceConnectClient client = FranceConnectClient.create(
                FranceConnectSettings.builder()
                        .endpoints(endpoints)
                        .clientId(FranceConnectFixture.CLIENT_ID)
                        .clientSecret(FranceConnectFixture.SECRET)
                        .redirectUri(FranceConnectFixture.REDIRECT)
                        .clientAuthentication(ClientAuthentication.CLIENT_SECRET_BASIC)
                        .build(),
                http,
                new InMemoryPendingLoginStore(),
                clock,
                FranceConnectFixture.RANDOM);
        AuthorizationRequest request = client.begin();

        FranceConnectOutcome outcome =
                client.complete(request.pendingLogin().state(), provider.get().authorize(request.uri(), "angela"));

        assertThat(outcome).isInstanceOfSatisfying(FranceConnectOutcome.Authenticated.class, ok -> assertThat(
                        ok.login().identity().prenoms())
                .containsExactly("Angela", "Claire", "Louise"));
    }

    @Test
    void answersWhateverTheStatusAndFailsWithoutAServer() throws IOException {
        JavaNetOpenIdHttpClient http = JavaNetOpenIdHttpClient.create(Duration.ofSeconds(10));

        assertThatThrownBy(() -> http.send(OpenIdHttpRequest.get(URI.create(issuer + "/huge"), Map.of())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("exceeds");
        OpenIdHttpResponse missing = http.send(OpenIdHttpRequest.get(URI.create(issuer + "/nowhere"), Map.of()));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("content-type")).contains("application/json");

        server.stop(0);
        assertThatThrownBy(() -> http.send(OpenIdHttpRequest.post(
                        URI.create(issuer + "/token"),
                        Map.of("Content-Type", "application/x-www-form-urlencoded"),
                        new byte[0])))
                .isInstanceOf(IOException.class);
        assertThat(List.of(missing.toString())).containsExactly("OpenIdHttpResponse[404]");
    }
}

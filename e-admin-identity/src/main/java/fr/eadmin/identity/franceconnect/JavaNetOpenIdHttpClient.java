package fr.eadmin.identity.franceconnect;

import fr.eadmin.identity.franceconnect.spi.OpenIdHttpClient;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The default {@link OpenIdHttpClient}, on the JDK's {@link HttpClient}: no redirects followed, a timeout
 * per request, answers above 1 MiB refused. Thread-safe.
 */
public final class JavaNetOpenIdHttpClient implements OpenIdHttpClient {
    private static final int MAX_BODY = 1 << 20;
    private static final Set<String> KEPT_HEADERS = Set.of("content-type", "cache-control", "www-authenticate");

    private final HttpClient client;
    private final Duration timeout;

    private JavaNetOpenIdHttpClient(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /**
     * A client with its own {@link HttpClient}.
     *
     * @param timeout how long to wait for a connection and for each answer
     * @return the client
     */
    public static JavaNetOpenIdHttpClient create(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return create(
                HttpClient.newBuilder()
                        .connectTimeout(timeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                timeout);
    }

    /**
     * A client on a given {@link HttpClient} (a proxy, a TLS configuration).
     *
     * @param client the HTTP client
     * @param timeout how long to wait for each answer
     * @return the client
     */
    public static JavaNetOpenIdHttpClient create(HttpClient client, Duration timeout) {
        return new JavaNetOpenIdHttpClient(
                Objects.requireNonNull(client, "client"), Objects.requireNonNull(timeout, "timeout"));
    }

    @Override
    public OpenIdHttpResponse send(OpenIdHttpRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri()).timeout(timeout);
        request.headers().forEach(builder::header);
        if (request.method().equals("POST")) {
            builder.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
        } else {
            builder.GET();
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the provider", e);
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new IOException("the provider's answer exceeds " + MAX_BODY + " bytes");
        }
        Map<String, String> headers = new HashMap<>();
        response.headers().map().forEach((name, values) -> {
            if (KEPT_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) && !values.isEmpty()) {
                headers.put(name, values.get(0));
            }
        });
        return new OpenIdHttpResponse(response.statusCode(), headers, body);
    }
}

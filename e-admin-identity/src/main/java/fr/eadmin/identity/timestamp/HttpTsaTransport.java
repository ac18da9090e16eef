package fr.eadmin.identity.timestamp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Reaches an external time-stamping authority over HTTP (RFC 3161 section 3.4): a {@code POST} of
 * {@code application/timestamp-query}, answered by {@code application/timestamp-reply}, with the JDK's
 * {@link HttpClient}. Responses above 1 MiB are refused. Thread-safe.
 */
public final class HttpTsaTransport implements TsaTransport {
    private static final String QUERY = "application/timestamp-query";
    private static final String REPLY = "application/timestamp-reply";
    private static final int MAX_RESPONSE = 1 << 20;

    private final HttpClient client;
    private final URI endpoint;
    private final Duration timeout;

    private HttpTsaTransport(HttpClient client, URI endpoint, Duration timeout) {
        this.client = client;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /**
     * A transport with its own HTTP client.
     *
     * @param endpoint the authority's URL (http or https)
     * @param timeout how long to wait for a connection and for the response
     * @return the transport
     */
    public static HttpTsaTransport create(URI endpoint, Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        return create(HttpClient.newBuilder().connectTimeout(timeout).build(), endpoint, timeout);
    }

    /**
     * A transport with a given HTTP client (a proxy, a TLS configuration).
     *
     * @param client the HTTP client
     * @param endpoint the authority's URL (http or https)
     * @param timeout how long to wait for the response
     * @return the transport
     * @throws IllegalArgumentException if the URL is not http or https
     */
    public static HttpTsaTransport create(HttpClient client, URI endpoint, Duration timeout) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a time-stamping authority is reached over http or https");
        }
        return new HttpTsaTransport(client, endpoint, timeout);
    }

    @Override
    public byte[] exchange(byte[] timeStampRequest) {
        Objects.requireNonNull(timeStampRequest, "timeStampRequest");
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", QUERY)
                .header("Accept", REPLY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(timeStampRequest))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TimestampTransportException("no answer", -1, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimestampTransportException("interrupted while waiting", -1, e);
        }
        if (response.statusCode() != 200) {
            throw new TimestampTransportException("unexpected HTTP status", response.statusCode(), null);
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith(REPLY)) {
            throw new TimestampTransportException("unexpected content type", response.statusCode(), null);
        }
        if (response.body().length > MAX_RESPONSE) {
            throw new TimestampTransportException("response too large", response.statusCode(), null);
        }
        return response.body();
    }
}

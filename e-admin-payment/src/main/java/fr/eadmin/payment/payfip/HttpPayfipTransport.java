package fr.eadmin.payment.payfip;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/** Posts SOAP envelopes to PayFiP with the JDK HTTP client. Immutable and thread-safe. */
public final class HttpPayfipTransport implements PayfipTransport {
    /** PayFiP's web service in production. */
    public static final URI PRODUCTION_ENDPOINT = URI.create("https://www.payfip.gouv.fr/tpa/services/securite");

    private final HttpClient client;
    private final URI endpoint;
    private final Duration timeout;

    private HttpPayfipTransport(HttpClient client, URI endpoint, Duration timeout) {
        this.client = client;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /**
     * A transport to an endpoint.
     *
     * @param endpoint the web service's URL, such as {@link #PRODUCTION_ENDPOINT}
     * @param timeout how long to wait for a connection and for each answer
     * @return the transport
     */
    public static HttpPayfipTransport of(URI endpoint, Duration timeout) {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(timeout, "timeout");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        return new HttpPayfipTransport(client, endpoint, timeout);
    }

    @Override
    public String post(String operation, String envelope) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response =
                    client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200 && response.statusCode() != 500) {
                throw new PayfipUnavailableException(
                        "PayFiP " + operation + " answered HTTP " + response.statusCode(), null);
            }
            return response.body();
        } catch (IOException e) {
            throw new PayfipUnavailableException("PayFiP " + operation + " could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PayfipUnavailableException("interrupted while calling PayFiP " + operation, e);
        }
    }

    @Override
    public String toString() {
        return "HttpPayfipTransport[" + endpoint + "]";
    }
}

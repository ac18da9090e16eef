package fr.eadmin.identity.franceconnect.spi;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request to the provider: a {@code GET} (discovery, JWKS, userinfo) or a form {@code POST} (token).
 * {@link #toString()} shows the method and URL only: headers and body carry secrets.
 *
 * @param method {@code GET} or {@code POST}
 * @param uri the URL
 * @param headers the headers, names as given (looked up ignoring case)
 * @param body the body, empty for a GET
 */
public record OpenIdHttpRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
    /**
     * Checks and copies the values.
     *
     * @throws IllegalArgumentException if the method is neither GET nor POST
     */
    public OpenIdHttpRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (!method.equals("GET") && !method.equals("POST")) {
            throw new IllegalArgumentException("the provider is reached with GET or POST");
        }
        headers = HttpHeaders.copy(headers);
        body = body.clone();
    }

    /**
     * A GET.
     *
     * @param uri the URL
     * @param headers the headers
     * @return the request
     */
    public static OpenIdHttpRequest get(URI uri, Map<String, String> headers) {
        return new OpenIdHttpRequest("GET", uri, headers, new byte[0]);
    }

    /**
     * A POST.
     *
     * @param uri the URL
     * @param headers the headers
     * @param body the body
     * @return the request
     */
    public static OpenIdHttpRequest post(URI uri, Map<String, String> headers, byte[] body) {
        return new OpenIdHttpRequest("POST", uri, headers, body);
    }

    /**
     * A header, ignoring the case of its name.
     *
     * @param name the name
     * @return the value, if present
     */
    public Optional<String> header(String name) {
        return HttpHeaders.get(headers, name);
    }

    /** {@return a copy of the body} */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof OpenIdHttpRequest that
                && method.equals(that.method)
                && uri.equals(that.uri)
                && headers.equals(that.headers)
                && java.util.Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, java.util.Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + uri;
    }
}

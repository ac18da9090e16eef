package fr.eadmin.identity.franceconnect.spi;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The provider's answer. {@link #toString()} shows the status only: bodies carry tokens and identities.
 *
 * @param status the HTTP status
 * @param headers the headers (looked up ignoring case)
 * @param body the body
 */
public record OpenIdHttpResponse(int status, Map<String, String> headers, byte[] body) {
    /**
     * Checks and copies the values.
     *
     * @throws IllegalArgumentException if the status is not between 100 and 599
     */
    public OpenIdHttpResponse {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("an HTTP status is between 100 and 599");
        }
        headers = HttpHeaders.copy(headers);
        body = body.clone();
    }

    /**
     * An answer with one content type.
     *
     * @param status the status
     * @param contentType the content type
     * @param body the body
     * @return the response
     */
    public static OpenIdHttpResponse of(int status, String contentType, byte[] body) {
        return new OpenIdHttpResponse(status, Map.of("Content-Type", contentType), body);
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
        return other instanceof OpenIdHttpResponse that
                && status == that.status
                && headers.equals(that.headers)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "OpenIdHttpResponse[" + status + "]";
    }
}

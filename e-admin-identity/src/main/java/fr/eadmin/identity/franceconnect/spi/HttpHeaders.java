package fr.eadmin.identity.franceconnect.spi;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The headers of requests and responses: copied, read-only, looked up ignoring case. */
final class HttpHeaders {
    private HttpHeaders() {}

    static Map<String, String> copy(Map<String, String> headers) {
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(Objects.requireNonNull(headers, "headers"));
        return Collections.unmodifiableMap(copy);
    }

    static Optional<String> get(Map<String, String> headers, String name) {
        return Optional.ofNullable(headers.get(Objects.requireNonNull(name, "name")));
    }
}

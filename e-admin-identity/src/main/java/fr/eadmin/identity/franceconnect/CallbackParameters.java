package fr.eadmin.identity.franceconnect;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters FranceConnect sends back to the redirect URI: a code and the state, or an error and
 * the state. {@link #toString()} hides the code.
 *
 * @param code the authorization code, if the login succeeded
 * @param state the state sent
 * @param error the OAuth error code ({@code access_denied}…), if the login failed
 * @param errorDescription the provider's description of the error, if any
 */
public record CallbackParameters(
        @Nullable String code,
        @Nullable String state,
        @Nullable String error,
        @Nullable String errorDescription) {

    /**
     * Reads the raw (still URL-encoded) query string of the callback request. A parameter repeated makes
     * the whole callback unreadable: its values are dropped, so that the callback is refused.
     *
     * @param rawQuery the query string, without {@code ?}
     * @return the parameters
     */
    public static CallbackParameters fromQuery(String rawQuery) {
        Map<String, @Nullable String> values = new HashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (values.containsKey(name)) {
                values.put(name, null);
            } else {
                values.put(name, value);
            }
        }
        return new CallbackParameters(
                values.get("code"), values.get("state"), values.get("error"), values.get("error_description"));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public String toString() {
        return "CallbackParameters[code " + (code == null ? "absent" : "present") + ", error " + error + "]";
    }
}

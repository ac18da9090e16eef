package fr.eadmin.identity.franceconnect;

/** How the client authenticates to the token endpoint (OpenID Connect Core section 9). */
public enum ClientAuthentication {
    /** {@code client_id} and {@code client_secret} in the form body, as FranceConnect v1 expects. */
    CLIENT_SECRET_POST,
    /** HTTP Basic with the URL-encoded client id and secret. */
    CLIENT_SECRET_BASIC
}

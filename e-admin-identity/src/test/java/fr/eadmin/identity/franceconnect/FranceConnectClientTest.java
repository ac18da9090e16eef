package fr.eadmin.identity.franceconnect;

import static fr.eadmin.identity.franceconnect.FranceConnectFixture.CLIENT_ID;
import static fr.eadmin.identity.franceconnect.FranceConnectFixture.REDIRECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.CodeInsee;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.usager.Certification;
import fr.eadmin.core.usager.IdentityAttribute;
import fr.eadmin.core.usager.Individu;
import fr.eadmin.core.usager.LieuNaissance;
import fr.eadmin.core.usager.Sexe;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.identity.franceconnect.local.Tampering;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import fr.eadmin.identity.franceconnect.spi.OpenIdHttpResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FranceConnectClientTest {
    private final FranceConnectFixture fc = new FranceConnectFixture();

    @Test
    void buildsTheAuthorizationRequestFranceConnectExpects() {
        AuthorizationRequest request =
                fc.client(b -> b.level(EidasLevel.EIDAS2)).begin();

        Map<String, String> query = query(request.uri().getRawQuery());
        assertThat(request.uri().toString()).startsWith(FranceConnectFixture.ISSUER + "/authorize?");
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("redirect_uri", REDIRECT.toString())
                .containsEntry("scope", "openid given_name family_name birthdate gender birthplace birthcountry")
                .containsEntry("acr_values", "eidas2")
                .containsEntry("state", request.pendingLogin().state())
                .containsEntry("nonce", request.pendingLogin().nonce());
        assertThat(request.pendingLogin().state()).matches("[A-Za-z0-9_-]{43}");
        assertThat(request.pendingLogin().nonce())
                .matches("[A-Za-z0-9_-]{43}")
                .isNotEqualTo(request.pendingLogin().state());
        assertThat(request.pendingLogin().createdAt()).isEqualTo(fc.clock.instant());
        assertThat(request.pendingLogin().toString())
                .doesNotContain(request.pendingLogin().state())
                .doesNotContain(request.pendingLogin().nonce());
    }

    @Test
    void logsInWithAnEs256IdTokenAndReadsTheIdentitePivot() {
        FranceConnectOutcome outcome = fc.login(fc.client(), "angela");

        FranceConnectLogin login = authenticated(outcome);
        assertThat(login.level()).isEqualTo(EidasLevel.EIDAS1);
        assertThat(login.subject().value()).matches("[0-9a-f]{64}v1");
        IdentitePivot identity = login.identity();
        assertThat(identity).isNotNull();
        assertThat(identity.subject()).isEqualTo(login.subject());
        assertThat(identity.prenoms()).containsExactly("Angela", "Claire", "Louise");
        assertThat(identity.nomNaissance()).isEqualTo("DUBOIS");
        assertThat(identity.nomUsage()).isNull();
        assertThat(identity.sexe()).isEqualTo(Sexe.FEMININ);
        assertThat(identity.dateNaissance().toLocalDate()).isEqualTo(LocalDate.of(1962, 8, 24));
        assertThat(identity.communeNaissance()).isEqualTo(CodeInsee.parse("75107"));
        assertThat(identity.paysNaissance()).isEqualTo("99100");
        assertThat(identity.toString()).doesNotContain("DUBOIS").doesNotContain("Angela");
        assertThat(login.toString()).doesNotContain(login.idToken());
    }

    @Test
    void mapsTheIdentitePivotToAnIndividuCertifiedByFranceConnect() {
        IdentitePivot identity = authenticated(fc.login(fc.client(), "angela")).identity();
        UsagerId id = UsagerId.random();

        Individu individu = identity.toIndividu(id, fc.clock.instant(), PlaceNames.codesOnly());

        assertThat(individu.id()).isEqualTo(id);
        assertThat(individu.prenoms()).containsExactly("Angela", "Claire", "Louise");
        assertThat(individu.lieuNaissance())
                .isEqualTo(new LieuNaissance.EnFrance(CodeInsee.parse("75107"), "commune 75107"));
        for (IdentityAttribute attribute : IdentityAttribute.values()) {
            assertThat(individu.certification(attribute)).isEqualTo(Certification.franceConnect(fc.clock.instant()));
        }
    }

    @Test
    void mapsABirthAbroadWithAPresumedDateANomDUsageAndAnEmail() {
        FranceConnectClient client = fc.client(b -> b.scopes(List.of(
                "given_name",
                "family_name",
                "birthdate",
                "gender",
                "birthplace",
                "birthcountry",
                "preferred_username",
                "email")));

        IdentitePivot identity = authenticated(fc.login(client, "pedro")).identity();

        assertThat(identity.communeNaissance()).isNull();
        assertThat(identity.paysNaissance()).isEqualTo("99134");
        assertThat(identity.dateNaissance().precision()).isEqualTo(DateNaissancePivot.Precision.YEAR);
        assertThat(identity.nomUsage()).isEqualTo("MARTIN");
        assertThat(identity.email()).isEqualTo(Email.parse("pedro.garcia@example.org"));
        Individu individu = identity.toIndividu(UsagerId.random(), fc.clock.instant(), PlaceNames.codesOnly());
        assertThat(individu.lieuNaissance()).isEqualTo(new LieuNaissance.AEtranger("99134", "pays 99134", null));
        assertThat(individu.dateNaissance()).isEqualTo(LocalDate.of(1980, 12, 31));
        assertThat(individu.nomUsuel()).isEqualTo("MARTIN");
        assertThat(individu.contact().email()).isEqualTo(Email.parse("pedro.garcia@example.org"));
    }

    @Test
    void doesNotReadUserinfoWithoutAPivotScope() {
        FranceConnectLogin login = authenticated(fc.login(fc.client(b -> b.scopes(List.of())), "angela"));

        assertThat(login.identity()).isNull();
    }

    @Test
    void acceptsRs256TokensASignedUserinfoAndClientSecretBasic() {
        fc.provider.signWith(SignatureAlgorithm.RS256);
        fc.provider.signUserinfo(true);
        FranceConnectClient client = fc.client(b -> b.clientAuthentication(ClientAuthentication.CLIENT_SECRET_BASIC));

        FranceConnectLogin login = authenticated(fc.login(client, "angela"));

        assertThat(login.identity()).isNotNull();
        assertThat(login.identity().nomNaissance()).isEqualTo("DUBOIS");
    }

    @Test
    void fetchesTheJwksAgainWhenTheProviderRotatedItsKeys() {
        FranceConnectClient client = fc.client();
        authenticated(fc.login(client, "angela"));

        fc.provider.rotateKeys();
        fc.clock.advance(Duration.ofSeconds(59));
        assertThat(reason(fc.login(client, "angela"))).isEqualTo(FailureReason.UNKNOWN_KEY); // too soon to fetch

        fc.clock.advance(Duration.ofSeconds(1));
        authenticated(fc.login(client, "angela"));
    }

    @Test
    void fetchesTheJwksForEveryUnknownKeyWhenNoIntervalIsSet() {
        List<String> fetched = new ArrayList<>();
        FranceConnectClient client = fc.client(b -> b.jwksRefreshInterval(Duration.ZERO), request -> {
            if (request.uri().getPath().equals("/jwks")) {
                fetched.add(request.uri().getPath());
            }
            return fc.provider.send(request);
        });
        authenticated(fc.login(client, "angela"));
        fc.provider.tamperNext(Tampering.UNKNOWN_KEY);

        assertThat(reason(fc.login(client, "angela"))).isEqualTo(FailureReason.UNKNOWN_KEY);
        assertThat(fetched).hasSize(2);
    }

    @Test
    void buildsTheLogoutUrlWithTheIdTokenHint() {
        FranceConnectClient client = fc.client();
        FranceConnectLogin login = authenticated(fc.login(client, "angela"));
        java.net.URI back = java.net.URI.create("https://demarches.maurepas.fr/au-revoir");

        Map<String, String> query = query(client.logoutUri(login, back).getRawQuery());

        assertThat(query)
                .containsEntry("id_token_hint", login.idToken())
                .containsEntry("post_logout_redirect_uri", back.toString())
                .containsKey("state");
    }

    @ParameterizedTest
    @EnumSource(Tampering.class)
    void refusesEveryTamperedAnswerWithItsReason(Tampering tampering) {
        FranceConnectClient client = fc.client(b -> b.level(EidasLevel.EIDAS2));
        authenticated(fc.login(client, "angela")); // a token exists to replay, the JWKS is cached
        fc.provider.tamperNext(tampering);

        FranceConnectOutcome outcome = fc.login(client, "angela");

        FailureReason expected =
                switch (tampering) {
                    case FORGED_SIGNATURE -> FailureReason.SIGNATURE_INVALID;
                    case EXPIRED -> FailureReason.TOKEN_EXPIRED;
                    case NOT_YET_VALID -> FailureReason.TOKEN_NOT_YET_VALID;
                    case WRONG_AUDIENCE, SEVERAL_AUDIENCES_WITHOUT_AZP -> FailureReason.AUDIENCE_MISMATCH;
                    case WRONG_ISSUER -> FailureReason.ISSUER_MISMATCH;
                    case WRONG_NONCE, REPLAYED_TOKEN -> FailureReason.NONCE_MISMATCH;
                    case ALG_NONE, ALG_HS256, ALG_KEY_MISMATCH -> FailureReason.ALG_NOT_ALLOWED;
                    case UNKNOWN_KEY -> FailureReason.UNKNOWN_KEY;
                    case LOW_ACR -> FailureReason.ACR_TOO_LOW;
                    case USERINFO_OTHER_SUBJECT -> FailureReason.SUBJECT_MISMATCH;
                };
        assertThat(outcome)
                .isInstanceOfSatisfying(FranceConnectOutcome.Refused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(expected));
    }

    @Test
    void refusesAnAlgorithmTheSettingsDoNotAllow() {
        fc.provider.signWith(SignatureAlgorithm.RS256);
        FranceConnectClient client = fc.client(b -> b.algorithms(Set.of(SignatureAlgorithm.ES256)));

        assertThat(reason(fc.login(client, "angela"))).isEqualTo(FailureReason.ALG_NOT_ALLOWED);
    }

    @Test
    void refusesACallbackWhoseStateIsNotTheSessions() {
        FranceConnectClient client = fc.client();
        AuthorizationRequest first = client.begin();
        AuthorizationRequest second = client.begin();
        CallbackParameters callback = fc.provider.authorize(first.uri(), "angela");

        assertThat(reason(client.complete(second.pendingLogin().state(), callback)))
                .isEqualTo(FailureReason.STATE_MISMATCH);
        assertThat(reason(client.complete(
                        first.pendingLogin().state(), new CallbackParameters(callback.code(), null, null, null))))
                .isEqualTo(FailureReason.STATE_MISMATCH);
        // the login whose state leaked is still pending: the genuine callback goes through
        authenticated(client.complete(first.pendingLogin().state(), callback));
    }

    @Test
    void refusesACallbackReplayed() {
        FranceConnectClient client = fc.client();
        AuthorizationRequest request = client.begin();
        CallbackParameters callback = fc.provider.authorize(request.uri(), "angela");
        authenticated(client.complete(request.pendingLogin().state(), callback));

        assertThat(reason(client.complete(request.pendingLogin().state(), callback)))
                .isEqualTo(FailureReason.REPLAYED);
    }

    @Test
    void refusesALoginThatTookTooLongAndConsumesIt() {
        FranceConnectClient client = fc.client(b -> b.loginLifetime(Duration.ofMinutes(5)));
        AuthorizationRequest request = client.begin();
        CallbackParameters callback = fc.provider.authorize(request.uri(), "angela");
        fc.clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(reason(client.complete(request.pendingLogin().state(), callback)))
                .isEqualTo(FailureReason.LOGIN_EXPIRED);
        assertThat(reason(client.complete(request.pendingLogin().state(), callback)))
                .isEqualTo(FailureReason.REPLAYED);
    }

    @Test
    void reportsTheProvidersErrorWhenTheUsagerCancels() {
        FranceConnectClient client = fc.client();
        AuthorizationRequest request = client.begin();

        FranceConnectOutcome outcome = client.complete(request.pendingLogin().state(), fc.provider.deny(request.uri()));

        assertThat(outcome)
                .isEqualTo(new FranceConnectOutcome.Refused(
                        FailureReason.PROVIDER_ERROR, "PROVIDER_ERROR: provider error access_denied"));
    }

    @Test
    void refusesACallbackWithoutCode() {
        FranceConnectClient client = fc.client();
        AuthorizationRequest request = client.begin();
        String state = request.pendingLogin().state();

        assertThat(reason(client.complete(state, new CallbackParameters(null, state, null, null))))
                .isEqualTo(FailureReason.MISSING_CODE);
    }

    @Test
    void refusesACodeTheProviderDoesNotKnowOrAWrongSecret() {
        FranceConnectClient client = fc.client();
        AuthorizationRequest request = client.begin();
        String state = request.pendingLogin().state();
        assertThat(reason(client.complete(state, new CallbackParameters("forged-code", state, null, null))))
                .isEqualTo(FailureReason.TOKEN_EXCHANGE_FAILED);

        FranceConnectClient wrongSecret = fc.client(b -> b.clientSecret("not-the-secret"));
        assertThat(reason(fc.login(wrongSecret, "angela"))).isEqualTo(FailureReason.TOKEN_EXCHANGE_FAILED);
    }

    @Test
    void reportsAProviderThatCannotBeReached() {
        FranceConnectClient client = fc.client(b -> b, request -> {
            if (request.uri().getPath().equals("/token")) {
                throw new IOException("connection refused");
            }
            return fc.provider.send(request);
        });
        assertThat(reason(fc.login(client, "angela"))).isEqualTo(FailureReason.PROVIDER_UNREACHABLE);

        FranceConnectClient failing =
                fc.client(b -> b, request -> OpenIdHttpResponse.of(503, "text/plain", new byte[0]));
        assertThat(reason(fc.login(failing, "angela"))).isEqualTo(FailureReason.PROVIDER_UNREACHABLE);
    }

    @Test
    void refusesAnIdentityThatCannotBeAPerson() {
        Map<String, String> claims = new HashMap<>(fr.eadmin.identity.franceconnect.local.LocalOpenIdProvider.pivot(
                "Jean", "DUPONT", "1970-13-01", "male", "75107", "99100"));
        fc.provider.addIdentity("bad-date", claims);
        claims.put("birthdate", "1970-01-01");
        claims.put("gender", "unknown");
        fc.provider.addIdentity("bad-gender", claims);
        claims.put("gender", "male");
        claims.put("birthplace", "");
        fc.provider.addIdentity("no-commune", claims);
        claims.put("birthplace", "75107");
        claims.put("birthdate", "2031-01-01");
        fc.provider.addIdentity("born-later", claims);
        claims.remove("family_name");
        claims.put("birthdate", "1970-01-01");
        fc.provider.addIdentity("no-name", claims);

        for (String person : List.of("bad-date", "bad-gender", "no-commune", "born-later", "no-name")) {
            assertThat(reason(fc.login(fc.client(), person))).as(person).isEqualTo(FailureReason.IDENTITY_INVALID);
        }
    }

    @Test
    void neverLogsNorPrintsTheClientSecret() {
        FranceConnectSettings settings = fc.settings().build();

        assertThat(settings.toString())
                .doesNotContain(FranceConnectFixture.SECRET)
                .contains(CLIENT_ID);
    }

    @Test
    void sendsTheSecretInTheFormForClientSecretPost() throws IOException {
        List<OpenIdHttpRequest> sent = new ArrayList<>();
        FranceConnectClient client = fc.client(b -> b, request -> {
            sent.add(request);
            return fc.provider.send(request);
        });

        authenticated(fc.login(client, "angela"));

        OpenIdHttpRequest token =
                sent.stream().filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        Map<String, String> form = query(new String(token.body(), StandardCharsets.US_ASCII));
        assertThat(form)
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("client_id", CLIENT_ID)
                .containsEntry("client_secret", FranceConnectFixture.SECRET)
                .containsEntry("redirect_uri", REDIRECT.toString());
        assertThat(token.header("Authorization")).isEmpty();
        assertThat(token.toString()).doesNotContain(FranceConnectFixture.SECRET);
    }

    @Test
    void readsTheEndpointsFromTheDiscoveryDocument() {
        ProviderEndpoints endpoints = FranceConnectClient.discover(fc.provider, FranceConnectFixture.ISSUER);

        assertThat(endpoints).isEqualTo(fc.provider.endpoints());
        assertThatThrownBy(() -> FranceConnectClient.discover(fc.provider, "https://fc.local/other"))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(FailureReason.PROVIDER_UNREACHABLE));
        assertThatThrownBy(() -> ProviderEndpoints.fromDiscovery(
                        "{\"issuer\":\"https://evil.example\"}".getBytes(StandardCharsets.UTF_8),
                        FranceConnectFixture.ISSUER))
                .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason())
                        .isEqualTo(FailureReason.ISSUER_MISMATCH));
    }

    @Test
    void readsTheCallbackQuery() {
        assertThat(CallbackParameters.fromQuery("code=abc%2Fd&state=xyz"))
                .isEqualTo(new CallbackParameters("abc/d", "xyz", null, null));
        assertThat(CallbackParameters.fromQuery("error=access_denied&error_description=User+auth+aborted&state=s"))
                .isEqualTo(new CallbackParameters(null, "s", "access_denied", "User auth aborted"));
        assertThat(CallbackParameters.fromQuery("code=a&code=b&state=s").code()).isNull();
        assertThat(CallbackParameters.fromQuery("code=secret&state=s").toString())
                .doesNotContain("secret");
    }

    private static FranceConnectLogin authenticated(FranceConnectOutcome outcome) {
        assertThat(outcome).isInstanceOf(FranceConnectOutcome.Authenticated.class);
        return ((FranceConnectOutcome.Authenticated) outcome).login();
    }

    private static FailureReason reason(FranceConnectOutcome outcome) {
        assertThat(outcome).isInstanceOf(FranceConnectOutcome.Refused.class);
        return ((FranceConnectOutcome.Refused) outcome).reason();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(
                    URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}

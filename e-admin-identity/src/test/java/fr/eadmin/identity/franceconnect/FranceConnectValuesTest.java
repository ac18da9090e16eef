package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.franceconnect.spi.OpenIdHttpRequest;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FranceConnectValuesTest {
    private static final String STATE = "abcdefghijklmnopqrstuvwxyz012345";
    private final FranceConnectFixture fc = new FranceConnectFixture();

    @Test
    void settingsRequireTheRegistrationAndRefuseOutOfRangeValues() {
        assertThatThrownBy(() -> FranceConnectSettings.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("endpoints");
        assertThatThrownBy(() -> FranceConnectSettings.builder()
                        .endpoints(fc.provider.endpoints())
                        .clientId("c")
                        .redirectUri(FranceConnectFixture.REDIRECT)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clientSecret");
        FranceConnectSettings.Builder builder = fc.settings();
        assertThatThrownBy(() -> builder.clientId(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.clientSecret("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.redirectUri(URI.create("/callback")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.clockSkew(Duration.ofMinutes(6))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.clockSkew(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.loginLifetime(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.algorithms(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.scopes(List.of("openid profile")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.jwksRefreshInterval(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsPutOpenidFirstOnceAndKnowWhenTheIdentityIsAskedFor() {
        FranceConnectSettings settings =
                fc.settings().scopes(List.of("email", "openid", "email")).build();

        assertThat(settings.scopes()).containsExactly("openid", "email");
        assertThat(settings.asksForIdentity()).isFalse();
        assertThat(fc.settings().build().asksForIdentity()).isTrue();
        assertThat(fc.settings().build().scopes()).startsWith("openid").containsAll(FranceConnectSettings.PIVOT_SCOPES);
    }

    @Test
    void endpointsAreAbsoluteHttpUrls() {
        URI ok = URI.create("https://fc.local/x");
        assertThatThrownBy(() -> new ProviderEndpoints("https://fc.local", URI.create("/authorize"), ok, ok, ok, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new ProviderEndpoints("https://fc.local", ok, URI.create("ftp://fc.local/token"), ok, ok, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProviderEndpoints(" ", ok, ok, ok, ok, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPendingLoginCarriesEnoughRandomness() {
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        assertThat(new PendingLogin(STATE, STATE, EidasLevel.EIDAS1, now).toString())
                .doesNotContain(STATE);
        assertThatThrownBy(() -> new PendingLogin("short", STATE, EidasLevel.EIDAS1, now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PendingLogin(STATE, STATE + "&x=1", EidasLevel.EIDAS1, now))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSubjectIsPrintableAsciiAndNeverPrinted() {
        FranceConnectSubject subject =
                new FranceConnectSubject("b6048e95bb134ec5b1d1e1fa69f287172e91722b9354d637a1bcf2ebb0fd2ef5v1");
        assertThat(subject.toString()).doesNotContain(subject.value());
        assertThatThrownBy(() -> new FranceConnectSubject("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FranceConnectSubject("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FranceConnectSubject("x".repeat(256)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eidasLevelsAreOrderedAndReadFromAcr() {
        assertThat(EidasLevel.fromAcr("eidas2")).contains(EidasLevel.EIDAS2);
        assertThat(EidasLevel.fromAcr("EIDAS2")).isEmpty();
        assertThat(EidasLevel.EIDAS3.isAtLeast(EidasLevel.EIDAS2)).isTrue();
        assertThat(EidasLevel.EIDAS1.isAtLeast(EidasLevel.EIDAS2)).isFalse();
    }

    @Test
    void httpRequestsHideTheirSecretsAndReadHeadersIgnoringCase() {
        OpenIdHttpRequest request = OpenIdHttpRequest.get(
                URI.create("https://fc.local/userinfo"), Map.of("Authorization", "Bearer secret-token"));
        assertThat(request.header("authorization")).contains("Bearer secret-token");
        assertThat(request.toString()).isEqualTo("GET https://fc.local/userinfo");
        assertThatThrownBy(() -> new OpenIdHttpRequest("DELETE", URI.create("https://fc.local"), Map.of(), new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

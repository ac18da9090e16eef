package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.identifier.Email;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private static final Email LOGIN = Email.parse("Jeanne.Martin@ville-test.fr");
    private final PasswordPolicy policy = PasswordPolicy.standard();

    @Test
    void acceptsALongPassphraseWithoutCompositionRules() {
        assertThat(policy.check("tout en minuscules sans chiffre", LOGIN).accepted())
                .isTrue();
    }

    @Test
    void countsCodePointsNotUtf16Units() {
        String elevenEmoji = "😀".repeat(11);
        assertThat(policy.check(elevenEmoji, LOGIN).refusals()).containsExactly(PasswordRefusal.TOO_SHORT);
        assertThat(policy.check(elevenEmoji + "é", LOGIN).accepted()).isTrue();
    }

    @Test
    void refusesTooShortAndTooLong() {
        assertThat(policy.check("onze lettre", LOGIN).refusals()).containsExactly(PasswordRefusal.TOO_SHORT);
        assertThat(policy.check("a".repeat(128), LOGIN).accepted()).isTrue();
        assertThat(policy.check("a".repeat(129), LOGIN).refusals()).containsExactly(PasswordRefusal.TOO_LONG);
    }

    @Test
    void refusesACommonPasswordIgnoringCase() {
        assertThat(PasswordPolicy.bundledCommonPasswords())
                .hasSizeGreaterThan(3000)
                .contains("123456", "password");
        PasswordPolicy strict = PasswordPolicy.of(12, 128, Set.of("motdepasse123"));
        assertThat(strict.check("MotDePasse123", LOGIN).refusals()).containsExactly(PasswordRefusal.COMMON);
        assertThat(policy.check("password", LOGIN).refusals())
                .containsExactly(PasswordRefusal.TOO_SHORT, PasswordRefusal.COMMON);
    }

    @Test
    void refusesAPasswordContainingTheLoginOrItsLocalPart() {
        assertThat(policy.check("xx jeanne.martin xx", LOGIN).refusals())
                .containsExactly(PasswordRefusal.CONTAINS_LOGIN);
        assertThat(policy.check("JEANNE.MARTIN@VILLE-TEST.FR", LOGIN).refusals())
                .containsExactly(PasswordRefusal.CONTAINS_LOGIN);
    }

    @Test
    void refusesWeakerBounds() {
        assertThatThrownBy(() -> PasswordPolicy.of(11, 128, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PasswordPolicy.of(12, 127, Set.of())).isInstanceOf(IllegalArgumentException.class);
    }
}

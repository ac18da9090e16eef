package fr.eadmin.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

class AccountProperties {
    private static final PasswordHasher HASHER = PasswordHasher.standard();
    private static final Totp TOTP = Totp.standard();

    @Property(tries = 15)
    void aPasswordVerifiesAgainstItsOwnHashAndNotAfterAOneCharacterChange(
            @ForAll @StringLength(min = 1, max = 40) String password,
            @ForAll @IntRange(min = 0, max = 39) int position,
            @ForAll("replacement") char replacement) {
        int index = position % password.length();
        String changed = password.substring(0, index) + replacement + password.substring(index + 1);
        Assume.that(!PasswordHasher.normalised(changed).equals(PasswordHasher.normalised(password)));
        PasswordHash hash = HASHER.hash(password);
        assertThat(HASHER.verify(password, hash)).isTrue();
        assertThat(HASHER.verify(changed, hash)).isFalse();
    }

    @Provide
    Arbitrary<Character> replacement() {
        return Arbitraries.chars().ascii().alpha().numeric().with('é', 'ß', ' ', '€');
    }

    @Provide
    Arbitrary<TotpSecret> secrets() {
        // From the property's seed, not from a SecureRandom: a failing secret is reported and replayed.
        return Arbitraries.bytes().array(byte[].class).ofSize(20).map(TotpSecret::new);
    }

    @Property
    void codesOfStepsOutsideTheWindowAreRefused(
            @ForAll("secrets") TotpSecret secret,
            @ForAll @LongRange(min = 10, max = 100_000_000) long step,
            @ForAll @LongRange(min = 2, max = 1000) long distance) {
        Instant now = Instant.ofEpochSecond(step * 30 + 15);
        for (long other : new long[] {step - distance, step + distance}) {
            String code = TOTP.code(secret, other);
            boolean collides = false;
            for (long s = step - 1; s <= step + 1; s++) {
                collides |= TOTP.code(secret, s).equals(code);
            }
            Assume.that(!collides);
            assertThat(TOTP.verify(secret, code, 0, now)).isEmpty();
        }
        assertThat(TOTP.verify(secret, TOTP.code(secret, step), 0, now)).hasValue(step);
    }
}

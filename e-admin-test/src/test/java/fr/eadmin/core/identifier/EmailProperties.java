package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.ContactArbitraries;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class EmailProperties {

    @Provide
    Arbitrary<Email> emails() {
        return ContactArbitraries.emails();
    }

    @Property
    void everyGeneratedAddressRoundTrips(@ForAll("emails") Email email) {
        assertThat(Email.parse(email.toString())).isEqualTo(email);
        assertThat(Email.parse(" " + email + "\u00a0")).isEqualTo(email);
        assertThat(Email.parse(email.localPart() + "@" + email.unicodeDomain())).isEqualTo(email);
        assertThat(Email.parse(email.localPart() + "@" + email.domain().toUpperCase(Locale.ROOT)))
                .isEqualTo(email);
        assertThat(new Email(email.value())).isEqualTo(email);
        assertThat(email.localPart() + "@" + email.domain()).isEqualTo(email.toString());
    }

    @Property
    void everyGeneratedAddressRespectsTheRfcLimits(@ForAll("emails") Email email) {
        assertThat(email.toString().getBytes(StandardCharsets.US_ASCII)).hasSizeLessThanOrEqualTo(254);
        assertThat(email.localPart()).hasSizeBetween(1, 64);
        assertThat(email.domain())
                .hasSizeLessThanOrEqualTo(253)
                .isEqualTo(email.domain().toLowerCase(Locale.ROOT));
        assertThat(email.domain().split("\\."))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(label -> assertThat(label).hasSizeBetween(1, 63).matches("[a-z0-9]([a-z0-9-]*[a-z0-9])?"));
    }

    @Property
    void changingTheCaseOfTheLocalPartGivesAnotherAddress(@ForAll("emails") Email email) {
        String upper = email.localPart().toUpperCase(Locale.ROOT);
        Email other = Email.parse(upper + "@" + email.domain());

        assertThat(other.equals(email)).isEqualTo(upper.equals(email.localPart()));
    }

    @Property
    void randomTextIsRejectedOnlyWithInvalidIdentifierException(@ForAll @StringLength(max = 40) String text) {
        assertParseAgreesWithIsValid(text);
    }

    @Property
    void addressLikeTextIsRejectedOnlyWithInvalidIdentifierException(
            @ForAll
                    @CharRange(from = 'a', to = 'e')
                    @CharRange(from = '0', to = '2')
                    @Chars({'@', '.', '-', '"', '[', ']', ' ', 'é', '+', '_'})
                    @StringLength(max = 20)
                    String text) {
        assertParseAgreesWithIsValid(text);
    }

    @Example
    void theArbitraryGeneratesInternationalisedDomains() {
        boolean someIdn = ContactArbitraries.emails()
                .sampleStream()
                .limit(500)
                .anyMatch(email -> email.domain().contains("xn--")
                        && !email.unicodeDomain().equals(email.domain()));

        assertThat(someIdn).isTrue();
    }

    private static void assertParseAgreesWithIsValid(String text) {
        boolean parsed;
        try {
            Email.parse(text);
            parsed = true;
        } catch (InvalidIdentifierException e) {
            parsed = false;
        }
        assertThat(Email.isValid(text)).isEqualTo(parsed);
    }
}

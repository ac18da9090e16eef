package fr.eadmin.core.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "jean.dupont@example.fr",
                "Jean.Dupont@mairie-lyon.fr",
                "contact@service-public.fr",
                "a@b.co",
                "prenom.nom+demarches@gmail.com",
                "o'connor@example.ie",
                "user_name-1@sub.domain.example.org",
                "!#$%&'*+-/=?^_`{|}~@example.com",
                "x@xn--p1ai.xn--p1ai",
                "x@123.example",
                "x@a-b.fr"
            })
    void acceptsAddressesThatMailSystemsDeliver(String text) {
        assertThat(Email.parse(text).toString()).isEqualTo(text);
        assertThat(Email.isValid(text)).isTrue();
    }

    @Test
    void keepsTheCaseOfTheLocalPartAndLowerCasesTheDomain() {
        Email email = Email.parse("  Jean.Dupont@Mairie-Lyon.FR\u00a0");

        assertThat(email.toString()).isEqualTo("Jean.Dupont@mairie-lyon.fr");
        assertThat(email.localPart()).isEqualTo("Jean.Dupont");
        assertThat(email.domain()).isEqualTo("mairie-lyon.fr");
        assertThat(email).isEqualTo(Email.parse("Jean.Dupont@mairie-lyon.fr"));
        assertThat(email).isNotEqualTo(Email.parse("jean.dupont@mairie-lyon.fr"));
    }

    @Test
    void convertsAnInternationalisedDomainToALabels() {
        Email email = Email.parse("accueil@Mairie-Saint-Étienne.fr");

        assertThat(email.domain()).isEqualTo("xn--mairie-saint-tienne-nzb.fr");
        assertThat(email.unicodeDomain()).isEqualTo("mairie-saint-étienne.fr");
        assertThat(email.toString()).isEqualTo("accueil@xn--mairie-saint-tienne-nzb.fr");
        assertThat(Email.parse("accueil@xn--mairie-saint-tienne-nzb.fr")).isEqualTo(email);
    }

    @Test
    void acceptsTheLongestLocalPartAndAddress() {
        String local = "a".repeat(64);
        String label = "b".repeat(63);
        String domain = label + "." + label + "." + label + "." + "c".repeat(57) + ".fr";
        assertThat("x@" + domain).hasSize(254);

        assertThat(Email.isValid(local + "@example.fr")).isTrue();
        assertThat(Email.isValid("x@" + domain)).isTrue();
    }

    @Test
    void rejectsAMissingAt() {
        assertRejected("jean.dupont.example.fr", "has no @");
        assertRejected("", "is empty");
    }

    @Test
    void rejectsAnEmptyLocalPartOrDomain() {
        assertRejected("@example.fr", "local part (before @) is empty");
        assertRejected("jean@", "domain (after @) is empty");
    }

    @Test
    void rejectsQuotedLocalParts() {
        assertRejected("\"jean dupont\"@example.fr", "quoted local parts are not accepted");
    }

    @Test
    void rejectsIpLiteralDomains() {
        assertRejected("jean@[192.0.2.1]", "IP-literal domains are not accepted");
        assertRejected("jean@[IPv6:2001:db8::1]", "IP-literal domains are not accepted");
    }

    @Test
    void rejectsNonAsciiLocalParts() {
        assertRejected("josé@example.fr", "SMTPUTF8 addresses are not accepted");
    }

    @Test
    void rejectsMisplacedDots() {
        assertRejected(".jean@example.fr", "must not start or end with a dot");
        assertRejected("jean.@example.fr", "must not start or end with a dot");
        assertRejected("jean..dupont@example.fr", "must not have two consecutive dots");
    }

    @Test
    void rejectsCharactersOutsideAtext() {
        assertRejected("jean dupont@example.fr", "character not allowed by RFC 5322 at position 5");
        assertRejected("jean,dupont@example.fr", "character not allowed by RFC 5322 at position 5");
        assertRejected("jean(dupont)@example.fr", "character not allowed by RFC 5322");
        assertRejected("jean@dupont@example.fr", "has more than one @");
    }

    @Test
    void rejectsALocalPartLongerThan64() {
        assertRejected("a".repeat(65) + "@example.fr", "local part (before @) has at most 64 characters, got 65");
    }

    @Test
    void rejectsALabelLongerThan63() {
        assertRejected("x@" + "b".repeat(64) + ".fr", "a domain label has at most 63 characters, got 64");
    }

    @Test
    void rejectsADomainLongerThan253() {
        String label = "b".repeat(63);
        String domain = label + "." + label + "." + label + "." + "c".repeat(59) + ".fr";

        assertRejected("x@" + domain, "domain (after @) has at most 253 characters, got 254");
    }

    @Test
    void rejectsAnAddressLongerThan254() {
        String label = "b".repeat(63);
        String domain = label + "." + label + "." + label + "." + "c".repeat(58) + ".fr";

        assertRejected("x@" + domain, "an address has at most 254 characters, got 255");
    }

    @Test
    void rejectsASingleLabelDomain() {
        assertRejected("jean@localhost", "domain (after @) must have at least two labels");
    }

    @Test
    void rejectsAnAllNumericTopLevelDomain() {
        assertRejected("jean@192.168.1.1", "top-level domain must not be all-numeric");
    }

    @Test
    void rejectsHyphensAtLabelEdges() {
        assertRejected("jean@-example.fr", "must not start or end with a hyphen");
        assertRejected("jean@example-.fr", "must not start or end with a hyphen");
    }

    @Test
    void rejectsEmptyLabelsAndTrailingDots() {
        assertRejected("jean@example..fr", "domain (after @) has an empty label");
        assertRejected("jean@.example.fr", "domain (after @) has an empty label");
        assertRejected("jean@example.fr.", "domain (after @) must not end with a dot");
    }

    @Test
    void rejectsOtherCharactersInTheDomain() {
        assertRejected("jean@exa_mple.fr", "has a character other than letters, digits and hyphens");
        assertRejected("jean@exa mple.fr", "has a character other than letters, digits and hyphens");
    }

    @Test
    void neverRepeatsTheInputInItsMessage() {
        assertThatThrownBy(() -> Email.parse("jean..dupont@example.fr"))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(
                        e -> assertThat(e.getMessage()).doesNotContain("jean").doesNotContain("example"));
    }

    @Test
    void constructorRequiresTheCanonicalForm() {
        assertThatThrownBy(() -> new Email("jean@Example.fr"))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining("canonical form");
        assertThatThrownBy(() -> new Email(" jean@example.fr")).isInstanceOf(InvalidIdentifierException.class);
        assertThat(new Email("Jean@example.fr")).isEqualTo(Email.parse("Jean@EXAMPLE.fr"));
    }

    private static void assertRejected(String text, String reason) {
        assertThat(Email.isValid(text)).isFalse();
        assertThatThrownBy(() -> Email.parse(text))
                .isInstanceOf(InvalidIdentifierException.class)
                .hasMessageContaining(reason);
    }
}

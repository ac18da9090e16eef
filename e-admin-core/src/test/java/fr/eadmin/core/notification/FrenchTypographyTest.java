package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrenchTypographyTest {
    /** Shows the no-break spaces: {@code ~} for U+00A0, {@code ^} for U+202F. */
    private static String visible(String text) {
        return text.replace('\u00A0', '~').replace('\u202F', '^');
    }

    @Test
    void putsANoBreakSpaceBeforeAColonAndANarrowOneBeforeSemicolonsExclamationAndQuestionMarks() {
        assertThat(visible(FrenchTypography.apply("Motif : refus ; voir ci-dessous ! Des questions ?")))
                .isEqualTo("Motif~: refus^; voir ci-dessous^! Des questions^?");
    }

    @Test
    void addsTheSpaceWhenTheSignEndsAWord() {
        assertThat(visible(FrenchTypography.apply("Motif: refus; voir! Pourquoi?")))
                .isEqualTo("Motif~: refus^; voir^! Pourquoi^?");
        assertThat(visible(FrenchTypography.apply("Suivi:\nligne"))).isEqualTo("Suivi~:\nligne");
    }

    @Test
    void leavesAddressesTimesAndQueriesAlone() {
        String text = "https://www.ville.fr/suivi?ref=2026:12 à 14:30, {{url_suivi}}";
        assertThat(FrenchTypography.apply(text)).isEqualTo(text);
    }

    @Test
    void putsNoBreakSpacesInsideGuillemets() {
        assertThat(visible(FrenchTypography.apply("« Inscription »"))).isEqualTo("«~Inscription~»");
        assertThat(visible(FrenchTypography.apply("«Inscription»"))).isEqualTo("«~Inscription~»");
        assertThat(visible(FrenchTypography.apply("« {{teleservice}} »"))).isEqualTo("«~{{teleservice}}~»");
    }

    @Test
    void usesTheTypographicApostropheBetweenLettersOnly() {
        assertThat(FrenchTypography.apply("l'accusé d'aujourd'hui, 'cité'"))
                .isEqualTo("l’accusé d’aujourd’hui, 'cité'");
    }

    @Test
    void keepsTheNumeroSignWithItsNumber() {
        assertThat(visible(FrenchTypography.apply("demande n° {{reference}}, N° 12, un° x")))
                .isEqualTo("demande n°~{{reference}}, N°~12, un° x");
    }

    @Test
    void leavesAPunctuationSignAtTheStartOfALineAsItIs() {
        assertThat(visible(FrenchTypography.apply(": début\n! ici"))).isEqualTo(": début\n! ici");
        assertThat(visible(FrenchTypography.apply("fin\n ?"))).isEqualTo("fin\n ?");
    }
}

package fr.eadmin.core.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DemandeReferenceTest {

    @Test
    void printsAsciiDigitsWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            // Arabic, Persian and Marathi format numbers with their own digits by default.
            for (String tag : new String[] {"ar-SA", "fa-IR", "mr-IN"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                DemandeReference reference = new DemandeReference(2026, 42);

                assertThat(reference.toString()).as(tag).isEqualTo("2026-000042");
                assertThat(DemandeReference.parse(reference.toString())).isEqualTo(reference);
            }
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}

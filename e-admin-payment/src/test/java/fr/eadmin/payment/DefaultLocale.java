package fr.eadmin.payment;

import java.util.Locale;

/** Runs a piece of test code with another default locale, then puts the JVM's defaults back. */
public final class DefaultLocale {
    /** Locales whose numbers are written with other digits than 0 to 9 by default: Arabic, Persian, Marathi. */
    public static final String[] OTHER_DIGITS = {"ar-SA", "fa-IR", "mr-IN"};

    private DefaultLocale() {}

    /**
     * Runs the action once with each of {@link #OTHER_DIGITS} as the default locale.
     *
     * @param action the test code
     */
    public static void withOtherDigits(Runnable action) {
        Locale before = Locale.getDefault();
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale display = Locale.getDefault(Locale.Category.DISPLAY);
        try {
            for (String tag : OTHER_DIGITS) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                action.run();
            }
        } finally {
            Locale.setDefault(before);
            Locale.setDefault(Locale.Category.FORMAT, format);
            Locale.setDefault(Locale.Category.DISPLAY, display);
        }
    }
}

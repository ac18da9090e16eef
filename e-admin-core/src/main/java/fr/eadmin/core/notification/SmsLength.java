package fr.eadmin.core.notification;

import java.util.Objects;

/**
 * How long a text message is on the air: its encoding, its length in that encoding's units, and how many
 * segments it is sent as (each billed as one message).
 *
 * <p>Counting follows 3GPP TS 23.038 and 23.040: a message in the GSM 7-bit alphabet takes one segment up to
 * 160 septets, otherwise segments of 153 septets (the concatenation header takes the rest), an extension
 * character's two septets never split across two segments; any other message is UCS-2, one segment up to 70
 * UTF-16 code units, otherwise segments of 67, a surrogate pair never split. French letters in the GSM
 * alphabet: {@code à é è ù É Ç} (and {@code ì ò}); {@code â ê î ô û ç ë ï œ}, the guillemets and the no-break
 * spaces are not in it, so one of them makes the whole message UCS-2.
 *
 * @param encoding the encoding the message needs
 * @param units its length in septets (GSM) or UTF-16 code units (UCS-2)
 * @param segments how many segments it is sent as, at least 1
 */
public record SmsLength(SmsEncoding encoding, int units, int segments) {
    /** The septets of a single GSM message. */
    public static final int GSM_SINGLE = 160;

    /** The septets of each segment of a concatenated GSM message. */
    public static final int GSM_SEGMENT = 153;

    /** The code units of a single UCS-2 message. */
    public static final int UCS2_SINGLE = 70;

    /** The code units of each segment of a concatenated UCS-2 message. */
    public static final int UCS2_SEGMENT = 67;

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    /** Checks the values. */
    public SmsLength {
        Objects.requireNonNull(encoding, "encoding");
        if (units < 0 || segments < 1) {
            throw new IllegalArgumentException("units must not be negative and segments must be at least 1");
        }
    }

    /**
     * Measures a text.
     *
     * @param text the body of a text message
     * @return its encoding, length and segments
     */
    public static SmsLength of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return isGsm7(text) ? gsm(text) : ucs2(text);
    }

    /**
     * Whether every character of the text is in the GSM 7-bit default alphabet or its extension table.
     *
     * @param text the text
     * @return true if the text can be sent in GSM 7-bit
     */
    public static boolean isGsm7(CharSequence text) {
        Objects.requireNonNull(text, "text");
        for (int i = 0; i < text.length(); i++) {
            if (septets(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many septets a character takes in GSM 7-bit.
     *
     * @param c the character
     * @return 1 for the default alphabet, 2 for the extension table, 0 if GSM 7-bit cannot carry it
     */
    public static int septets(char c) {
        if (GSM_BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return GSM_EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }

    private static SmsLength gsm(CharSequence text) {
        int total = 0;
        for (int i = 0; i < text.length(); i++) {
            total += septets(text.charAt(i));
        }
        if (total <= GSM_SINGLE) {
            return new SmsLength(SmsEncoding.GSM_7, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = septets(text.charAt(i));
            if (used + cost > GSM_SEGMENT) {
                segments++;
                used = 0;
            }
            used += cost;
        }
        return new SmsLength(SmsEncoding.GSM_7, total, segments);
    }

    private static SmsLength ucs2(CharSequence text) {
        int total = text.length();
        if (total <= UCS2_SINGLE) {
            return new SmsLength(SmsEncoding.UCS_2, total, 1);
        }
        int segments = 1;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean pair = Character.isHighSurrogate(text.charAt(i))
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int cost = pair ? 2 : 1;
            if (used + cost > UCS2_SEGMENT) {
                segments++;
                used = 0;
            }
            used += cost;
            if (pair) {
                i++;
            }
        }
        return new SmsLength(SmsEncoding.UCS_2, total, segments);
    }
}

package fr.eadmin.core.notification;

/** How a text message is encoded on the air, which sets how many characters fit in a segment. */
public enum SmsEncoding {
    /**
     * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038, 6.2.1): 160 septets in a single
     * message, 153 per segment of a concatenated one; the extension characters ({@code ^ { } \ [ ~ ] | €} and
     * form feed) take two septets.
     */
    GSM_7,
    /**
     * UCS-2 (UTF-16 on most networks), used as soon as one character is outside the GSM alphabet (such as
     * {@code ê}, {@code ç}, {@code «} or a no-break space): 70 code units in a single message, 67 per segment
     * of a concatenated one; a character outside the Basic Multilingual Plane takes two.
     */
    UCS_2
}

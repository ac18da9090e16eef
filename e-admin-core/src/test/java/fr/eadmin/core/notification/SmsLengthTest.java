package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsLengthTest {
    @Test
    void countsAGsmMessageOfUpTo160SeptetsAsOneSegment() {
        assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsLength.of("")).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 0, 1));
    }

    @Test
    void splitsALongerGsmMessageInSegmentsOf153Septets() {
        assertThat(SmsLength.of("a".repeat(161))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 161, 2));
        assertThat(SmsLength.of("a".repeat(306))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 306, 2));
        assertThat(SmsLength.of("a".repeat(307))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 307, 3));
    }

    @Test
    void countsExtensionCharactersAsTwoSeptetsNeverSplitAcrossSegments() {
        assertThat(SmsLength.of("€".repeat(80))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 160, 1));
        assertThat(SmsLength.of("a" + "€".repeat(80))).isEqualTo(new SmsLength(SmsEncoding.GSM_7, 161, 2));
        // 152 septets, then an escape pair that does not fit in the first segment's last septet
        assertThat(SmsLength.of("a".repeat(152) + "[" + "a".repeat(152)))
                .isEqualTo(new SmsLength(SmsEncoding.GSM_7, 306, 3));
        assertThat(SmsLength.of("a".repeat(151) + "[" + "a".repeat(153)))
                .isEqualTo(new SmsLength(SmsEncoding.GSM_7, 306, 2));
    }

    @Test
    void knowsWhichFrenchLettersTheGsmAlphabetHas() {
        assertThat(SmsLength.isGsm7("à é è ù É Ç ì ò @ £ $ ¥ § ¿ ¡ Ä Ö Ñ Ü ä ö ñ ü"))
                .isTrue();
        for (String c :
                new String[] {"â", "ê", "î", "ô", "û", "ç", "ë", "ï", "œ", "«", "»", "\u00A0", "\u202F", "’", "`"}) {
            assertThat(SmsLength.isGsm7("a" + c)).as(c).isFalse();
        }
        assertThat(SmsLength.septets('€')).isEqualTo(2);
        assertThat(SmsLength.septets('ê')).isZero();
    }

    @Test
    void countsAMessageWithOneCharacterOutsideTheGsmAlphabetInUcs2() {
        assertThat(SmsLength.of("ê".repeat(70))).isEqualTo(new SmsLength(SmsEncoding.UCS_2, 70, 1));
        assertThat(SmsLength.of("ê" + "a".repeat(70))).isEqualTo(new SmsLength(SmsEncoding.UCS_2, 71, 2));
        assertThat(SmsLength.of("ê".repeat(134))).isEqualTo(new SmsLength(SmsEncoding.UCS_2, 134, 2));
        assertThat(SmsLength.of("ê".repeat(135))).isEqualTo(new SmsLength(SmsEncoding.UCS_2, 135, 3));
    }

    @Test
    void neverSplitsASurrogatePairAcrossSegments() {
        String envelope = "\uD83D\uDCE8";
        assertThat(SmsLength.of("ê".repeat(66) + envelope + "ê".repeat(66)))
                .isEqualTo(new SmsLength(SmsEncoding.UCS_2, 134, 3));
        assertThat(SmsLength.of("ê".repeat(65) + envelope + "ê".repeat(67)))
                .isEqualTo(new SmsLength(SmsEncoding.UCS_2, 134, 2));
    }
}

package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.NotificationArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Segment counts agree with the plain arithmetic of 3GPP TS 23.040 when no character needs two units. */
class SmsLengthProperties {
    private static final String GSM_BASIC = "@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\n\r";

    @Property
    void countsGsmSegmentsOf153Septets(@ForAll("gsmTexts") String text) {
        SmsLength length = SmsLength.of(text);

        assertThat(length.encoding()).isEqualTo(SmsEncoding.GSM_7);
        assertThat(length.units()).isEqualTo(text.length());
        assertThat(length.segments()).isEqualTo(text.length() <= 160 ? 1 : (text.length() + 152) / 153);
    }

    @Property
    void countsUcs2SegmentsOf67CodeUnits(@ForAll("bmpTexts") String text) {
        String ucs2 = "ê" + text;
        SmsLength length = SmsLength.of(ucs2);

        assertThat(length.encoding()).isEqualTo(SmsEncoding.UCS_2);
        assertThat(length.units()).isEqualTo(ucs2.length());
        assertThat(length.segments()).isEqualTo(ucs2.length() <= 70 ? 1 : (ucs2.length() + 66) / 67);
    }

    @Property
    void neverCountsFewerSegmentsThanTheUnitsNeedNorMoreThanWhenEveryOneLostAUnit(@ForAll("anyTexts") String text) {
        SmsLength length = SmsLength.of(text);
        boolean gsm = length.encoding() == SmsEncoding.GSM_7;
        int single = gsm ? SmsLength.GSM_SINGLE : SmsLength.UCS2_SINGLE;
        int segment = gsm ? SmsLength.GSM_SEGMENT : SmsLength.UCS2_SEGMENT;

        if (length.units() <= single) {
            assertThat(length.segments()).isEqualTo(1);
        } else {
            assertThat(length.segments())
                    .isBetween(
                            (length.units() + segment - 1) / segment, (length.units() + segment - 2) / (segment - 1));
        }
    }

    @Provide
    Arbitrary<String> gsmTexts() {
        return Arbitraries.strings().withChars(GSM_BASIC.toCharArray()).ofMaxLength(800);
    }

    @Provide
    Arbitrary<String> bmpTexts() {
        return Arbitraries.strings()
                .withCharRange('\u0001', '\uD7FF')
                .withCharRange('\uE000', '\uFFFF')
                .ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> anyTexts() {
        return Arbitraries.oneOf(
                NotificationArbitraries.texts(600),
                Arbitraries.strings()
                        .withChars((GSM_BASIC + "€[]{}|^~\\").toCharArray())
                        .ofMaxLength(800));
    }
}

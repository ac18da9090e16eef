package fr.eadmin.core.journal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.core.Actor;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The canonical encoding and hash, against values computed independently from the format described in
 * {@link JournalEncoding} (a short Python script: struct.pack('>I'/'>q') and hashlib.sha256). If one of these
 * tests fails, the format changed: every journal written before would no longer verify.
 */
class JournalEncodingTest {
    private static final String DEMANDE = "0192f0c4-1b2c-7d3e-8f40-123456789abc";
    private static final Instant AT = Instant.parse("2026-03-14T09:00:00.123456Z");

    static final JournalEvent DEPOSEE = new JournalEvent(
            AT,
            Actor.agent("mairie-maurepas", "a-1042"),
            "demande.deposee",
            "demande",
            DEMANDE,
            Map.of("teleservice", "inscription-scolaire", "canal", "INTERNET"));

    static final JournalEvent ACCUSEE = new JournalEvent(
            AT.plusNanos(1000), Actor.system("deadline-sweeper"), "demande.accusee", "demande", DEMANDE, Map.of());

    private static final String DEPOSEE_ENCODING = "00000011652d61646d696e206a6f75726e616c2031" // "e-admin journal 1"
            + "00064cf835e5e640" // 1773478800123456 µs
            + "0000001c6167656e743a6d61697269652d6d617572657061732f612d31303432" // agent:mairie-maurepas/a-1042
            + "0000000f64656d616e64652e6465706f736565" // demande.deposee
            + "0000000764656d616e6465" // demande
            + "0000002430313932663063342d316232632d376433652d386634302d313233343536373839616263"
            + "00000002" // two details, sorted by key
            + "0000000563616e616c" + "00000008494e5445524e4554" // canal = INTERNET
            + "0000000b74656c657365727669636500000014696e736372697074696f6e2d73636f6c61697265";

    private static final String DEPOSEE_HASH = "854084f0fe80fbf606ec40ffe0d0af52f82465873b06d512ab2211b0d429ab8b";
    private static final String ACCUSEE_HASH = "d71857cff5530e9fa429c368aee4b03aaafaa8e4fdba17dc9cdae20eb35c6d21";

    @Test
    void encodesAnEventByteByByteAsDocumented() {
        assertThat(HexFormat.of().formatHex(JournalEncoding.encode(DEPOSEE))).isEqualTo(DEPOSEE_ENCODING);
    }

    @Test
    void encodesAnEventWithoutDetails() {
        assertThat(HexFormat.of().formatHex(JournalEncoding.encode(ACCUSEE)))
                .isEqualTo("00000011652d61646d696e206a6f75726e616c2031"
                        + "00064cf835e5e641"
                        + "0000001773797374656d3a646561646c696e652d73776565706572"
                        + "0000000f64656d616e64652e616363757365650000000764656d616e6465"
                        + "0000002430313932663063342d316232632d376433652d386634302d313233343536373839616263"
                        + "00000000");
    }

    @Test
    void hashesTheFirstEntryWithTheGenesisHash() {
        JournalEntry first = JournalEntry.first(DEPOSEE);

        assertThat(first.hash().hex()).isEqualTo(DEPOSEE_HASH);
        assertThat(first.previousHash().bytes()).isEqualTo(new byte[32]);
    }

    @Test
    void chainsTheNextEntryToThePreviousHash() {
        JournalEntry second = JournalEntry.first(DEPOSEE).next(ACCUSEE);

        assertThat(second.position()).isEqualTo(2);
        assertThat(second.previousHash().hex()).isEqualTo(DEPOSEE_HASH);
        assertThat(second.hash().hex()).isEqualTo(ACCUSEE_HASH);
        assertThat(second.hashMatchesContent()).isTrue();
    }

    @Test
    void doesNotHashThePosition() {
        assertThat(JournalEntry.chain(7, DEPOSEE, JournalHash.GENESIS).hash().hex())
                .isEqualTo(DEPOSEE_HASH);
    }

    @Test
    void dropsTheNanosecondsAsTheEventDoes() {
        JournalEvent withNanos = new JournalEvent(
                AT.plusNanos(789), DEPOSEE.actor(), DEPOSEE.action(), "demande", DEMANDE, DEPOSEE.details());

        assertThat(JournalEncoding.encode(withNanos)).isEqualTo(JournalEncoding.encode(DEPOSEE));
        assertThat(JournalEncoding.micros(AT.plusNanos(999))).isEqualTo(1_773_478_800_123_456L);
    }

    @Test
    void encodesDetailsInKeyOrderWhateverTheMapOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("teleservice", "inscription-scolaire");
        reversed.put("canal", "INTERNET");
        JournalEvent event = new JournalEvent(AT, DEPOSEE.actor(), DEPOSEE.action(), "demande", DEMANDE, reversed);

        assertThat(JournalEncoding.encode(event)).isEqualTo(JournalEncoding.encode(DEPOSEE));
    }

    @Test
    void tellsApartACharacterMovedAcrossAFieldBoundary() {
        JournalEvent one =
                new JournalEvent(AT, DEPOSEE.actor(), "demande.deposee", "demande", DEMANDE, Map.of("ab", "c"));
        JournalEvent other =
                new JournalEvent(AT, DEPOSEE.actor(), "demande.deposee", "demande", DEMANDE, Map.of("a", "bc"));
        JournalEvent third = new JournalEvent(
                AT, DEPOSEE.actor(), "demande.deposee", "demandex", "x" + DEMANDE.substring(1), Map.of());
        JournalEvent fourth = new JournalEvent(
                AT, DEPOSEE.actor(), "demande.deposee", "demande", "xx" + DEMANDE.substring(1), Map.of());

        assertThat(JournalEncoding.hash(one, JournalHash.GENESIS))
                .isNotEqualTo(JournalEncoding.hash(other, JournalHash.GENESIS));
        assertThat(JournalEncoding.hash(third, JournalHash.GENESIS))
                .isNotEqualTo(JournalEncoding.hash(fourth, JournalHash.GENESIS));
    }

    @Test
    void encodesTheEarliestAndLatestTimes() {
        JournalEvent earliest = new JournalEvent(JournalEvent.EARLIEST, DEPOSEE.actor(), "a", "demande", "1", Map.of());
        JournalEvent latest = new JournalEvent(JournalEvent.LATEST, DEPOSEE.actor(), "a", "demande", "1", Map.of());

        assertThat(HexFormat.of().formatHex(JournalEncoding.encode(earliest), 21, 29))
                .isEqualTo("0000000000000000");
        assertThat(JournalEncoding.micros(JournalEvent.LATEST)).isEqualTo(253_402_300_799_999_999L);
        assertThat(HexFormat.of().formatHex(JournalEncoding.encode(latest), 21, 29))
                .isEqualTo(String.format("%016x", 253_402_300_799_999_999L));
    }
}

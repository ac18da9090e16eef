package fr.eadmin.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JournalHashTest {
    private static final String HEX = "854084f0fe80fbf606ec40ffe0d0af52f82465873b06d512ab2211b0d429ab8b";

    @Test
    void givesBackItsBytes() {
        JournalHash hash = new JournalHash(HEX);

        assertThat(JournalHash.of(hash.bytes())).isEqualTo(hash);
        assertThat(hash.bytes()).hasSize(32).startsWith((byte) 0x85, (byte) 0x40);
        assertThat(hash).hasToString(HEX);
    }

    @Test
    void parsesUpperCase() {
        assertThat(JournalHash.parse(HEX.toUpperCase())).isEqualTo(new JournalHash(HEX));
    }

    @Test
    void startsTheChainWithZeros() {
        assertThat(JournalHash.GENESIS.bytes()).isEqualTo(new byte[32]);
    }

    @Test
    void copiesItsBytes() {
        JournalHash hash = new JournalHash(HEX);

        hash.bytes()[0] = 0;

        assertThat(hash.hex()).isEqualTo(HEX);
    }

    @Test
    void refusesWhatIsNotASha256Digest() {
        for (String text : List.of("", HEX.substring(1), HEX + "0", HEX.toUpperCase(), HEX.replace('8', 'g'))) {
            assertThatThrownBy(() -> new JournalHash(text)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> JournalHash.of(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JournalHash.parse(" " + HEX)).isInstanceOf(IllegalArgumentException.class);
    }
}

package fr.eadmin.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidV7Test {
    @Test
    void carriesTheClocksMillisecondAndTheVersion7Variant() {
        // later than any clock other tests of this JVM used: the generator never goes back in time
        Instant at = Instant.parse("2100-03-02T09:00:00.123Z");
        UUID id = UuidV7.next(Clock.fixed(at, ZoneOffset.UTC));

        assertThat(UuidV7.isV7(id)).isTrue();
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
        assertThat(UuidV7.isV7(UUID.randomUUID())).isFalse();
    }

    @Test
    void idsOfOneMillisecondStayOrdered() {
        Clock frozen = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add(UuidV7.next(frozen));
        }
        List<String> texts = ids.stream().map(UUID::toString).toList();
        assertThat(texts).isSorted().doesNotHaveDuplicates();
    }
}

package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NotificationIdTest {
    @Test
    void computesNameBasedUuidsAsRfc9562Does() {
        // RFC 9562, appendix A.4: UUIDv5 of "www.example.com" in the DNS namespace
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertThat(NotificationId.nameBased(dns, "www.example.com"))
                .isEqualTo(UUID.fromString("2ed6657d-e927-568b-95e1-2665a8aea6a2"));
    }

    @Test
    void derivesTheSameIdFromTheSameEvent() {
        NotificationId first = NotificationId.derived("accuse-reception", "0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d/EMAIL");
        NotificationId replay =
                NotificationId.derived("accuse-reception", "0192b1f0-7c3e-7a1b-8c2d-3e4f5a6b7c8d/EMAIL");

        assertThat(replay).isEqualTo(first);
        assertThat(first.value().version()).isEqualTo(5);
        assertThat(first.value().variant()).isEqualTo(2);
    }

    @Test
    void derivesDifferentIdsFromDifferentNamespacesOrKeys() {
        NotificationId id = NotificationId.derived("accuse-reception", "d1/EMAIL");

        assertThat(NotificationId.derived("decision-acceptee", "d1/EMAIL")).isNotEqualTo(id);
        assertThat(NotificationId.derived("accuse-reception", "d1/SMS")).isNotEqualTo(id);
        // the pair is not simply concatenated
        assertThat(NotificationId.derived("accuse-reception-d1", "/EMAIL")).isNotEqualTo(id);
    }

    @Test
    void refusesABlankNamespaceOrKey() {
        assertThatThrownBy(() -> NotificationId.derived(" ", "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NotificationId.derived("ns", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatesTimeOrderedIdsAndParsesThemBack() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-14T09:00:00Z"), ZoneOffset.UTC);
        NotificationId first = NotificationId.generate(clock);
        NotificationId second = NotificationId.generate(clock);

        assertThat(first.value().version()).isEqualTo(7);
        assertThat(first).isLessThan(second);
        assertThat(NotificationId.parse(first.toString())).isEqualTo(first);
        assertThatThrownBy(() -> NotificationId.parse("not-a-uuid")).isInstanceOf(IllegalArgumentException.class);
    }
}

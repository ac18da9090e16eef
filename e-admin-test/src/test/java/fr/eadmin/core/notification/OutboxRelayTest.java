package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.calendar.MutableClock;
import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.jdbc.DatabaseAccessException;
import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.jdbc.JdbcOutbox;
import fr.eadmin.core.memory.InMemoryOutbox;
import fr.eadmin.core.spi.Notifier;
import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.OutboxStatus;
import fr.eadmin.core.usager.UsagerId;
import fr.eadmin.test.notification.RecordingNotifier;
import java.io.Serial;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutboxRelayTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-03-14T09:00:00Z"));
    private final Outbox outbox = InMemoryOutbox.create(clock);

    private Notification email() {
        return new Notification(
                NotificationId.generate(clock),
                UsagerId.generate(clock),
                Recipient.email(Email.parse("claire.dupont@example.fr")),
                "decision-acceptee",
                "Votre demande est acceptée",
                "Bonjour,\n\nVotre demande est acceptée.",
                clock.instant(),
                null);
    }

    /** The JVM stops right after the provider accepted the message, before the relay records it. */
    private static final class Crash extends Error {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @Test
    void sendsANotificationAgainWhenTheRelayCrashedAfterSendingIt() {
        Notification notification = email();
        outbox.enqueue(List.of(notification));
        RecordingNotifier provider = RecordingNotifier.email();
        Notifier crashing = new Notifier() {
            @Override
            public NotificationChannel channel() {
                return NotificationChannel.EMAIL;
            }

            @Override
            public void send(Notification n) {
                provider.send(n);
                throw new Crash();
            }
        };
        OutboxRelay doomed =
                OutboxRelay.builder(outbox, clock).notifier(crashing).build();
        assertThatThrownBy(() -> doomed.deliverDue(10)).isInstanceOf(Crash.class);

        clock.advance(OutboxRelay.DEFAULT_LEASE);
        OutboxRelay restarted =
                OutboxRelay.builder(outbox, clock).notifier(provider).build();

        assertThat(restarted.deliverDue(10)).isEqualTo(1);
        assertThat(provider.sent()).containsExactly(notification, notification); // at least once
        assertThat(outbox.find(notification.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void endsTheRunWhenTheOutboxFails() {
        JdbcOutbox noTables = JdbcOutbox.create(DriverManagerDataSource.of("jdbc:h2:mem:"), clock);
        OutboxRelay relay = OutboxRelay.builder(noTables, clock)
                .notifier(RecordingNotifier.email())
                .build();

        assertThatThrownBy(() -> relay.deliverDue(10)).isInstanceOf(DatabaseAccessException.class);
    }

    @Test
    void claimsUpToTheMaximumPerRun() {
        for (int i = 0; i < 5; i++) {
            outbox.enqueue(List.of(email()));
        }
        RecordingNotifier notifier = RecordingNotifier.email();
        OutboxRelay relay =
                OutboxRelay.builder(outbox, clock).notifier(notifier).build();

        assertThat(relay.deliverDue(2)).isEqualTo(2);
        assertThat(relay.deliverDue(2)).isEqualTo(2);
        assertThat(relay.deliverDue(2)).isEqualTo(1);
        assertThat(relay.deliverDue(2)).isZero();
        assertThat(notifier.sentIds()).doesNotHaveDuplicates().hasSize(5);
    }

    @Test
    void usesTheLeaseItWasGiven() {
        Notification notification = email();
        outbox.enqueue(List.of(notification));
        OutboxRelay relay = OutboxRelay.builder(outbox, clock)
                .notifier(RecordingNotifier.email().failAlways(true))
                .lease(Duration.ofSeconds(30))
                .build();

        assertThat(relay.lease()).isEqualTo(Duration.ofSeconds(30));
        assertThat(relay.channels()).containsExactly(NotificationChannel.EMAIL);
        assertThat(outbox.claimDue(1, Duration.ofSeconds(30)).get(0).leaseExpiresAt())
                .isEqualTo(clock.instant().plusSeconds(30));
    }

    @Test
    void refusesAnIncompleteOrInconsistentConfiguration() {
        assertThatThrownBy(() -> OutboxRelay.builder(outbox, clock).build()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> OutboxRelay.builder(outbox, clock)
                        .notifier(RecordingNotifier.email())
                        .notifier(RecordingNotifier.email()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OutboxRelay.builder(outbox, clock).lease(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        OutboxRelay relay = OutboxRelay.builder(outbox, clock)
                .notifier(RecordingNotifier.sms())
                .build();
        assertThatThrownBy(() -> relay.deliverDue(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

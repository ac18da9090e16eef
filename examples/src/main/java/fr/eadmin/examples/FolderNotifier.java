package fr.eadmin.examples;

import fr.eadmin.core.notification.Notification;
import fr.eadmin.core.notification.NotificationChannel;
import fr.eadmin.core.spi.Notifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link Notifier} that writes each email to a file instead of sending it: where a town plugs its SMTP
 * relay. Delivering the same notification twice (the outbox delivers at least once) rewrites the same file.
 */
final class FolderNotifier implements Notifier {
    private final Path folder;
    private final List<Path> written = new ArrayList<>();
    private final List<Notification> sent = new ArrayList<>();

    FolderNotifier(Path folder) {
        this.folder = folder;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public synchronized void send(Notification notification) {
        Path file = folder.resolve(notification.id() + ".eml.txt");
        String text = "Objet : " + notification.subject() + "\n\n" + notification.body();
        try {
            Files.createDirectories(folder);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!written.contains(file)) {
            written.add(file);
            sent.add(notification);
        }
    }

    /** {@return the notifications written, once each, in the order they were first sent} */
    synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }

    synchronized List<Path> written() {
        return List.copyOf(written);
    }
}

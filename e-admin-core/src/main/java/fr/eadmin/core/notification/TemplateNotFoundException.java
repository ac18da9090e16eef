package fr.eadmin.core.notification;

import java.io.Serial;

/** A {@link MessageTemplates} has no template of the code asked for on the channel asked for. */
public final class TemplateNotFoundException extends TemplateException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** See {@link #channel()}. */
    private final NotificationChannel channel;

    /**
     * Creates the exception.
     *
     * @param templateCode the code asked for
     * @param channel the channel asked for
     */
    public TemplateNotFoundException(String templateCode, NotificationChannel channel) {
        super(templateCode, "no template for channel " + channel, null);
        this.channel = channel;
    }

    /** {@return the channel asked for} */
    public NotificationChannel channel() {
        return channel;
    }
}

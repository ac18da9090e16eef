package fr.eadmin.core.notification;

import java.util.Objects;

/**
 * The HTML form of an email, for a notifier that sends {@code multipart/alternative} mail: the plain-text body
 * escaped character by character, line breaks as {@code <br>}, in a minimal HTML document. Nothing in the text
 * (template or values) can become markup.
 *
 * {@snippet :
 * String html = EmailHtml.of(notification); // next to notification.body(), the text/plain part
 * }
 */
public final class EmailHtml {
    private EmailHtml() {}

    /**
     * The HTML document of an email notification.
     *
     * @param notification an email notification
     * @return the document
     * @throws IllegalArgumentException if the notification is not an email
     */
    public static String of(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        String subject = notification.subject();
        if (notification.channel() != NotificationChannel.EMAIL || subject == null) {
            throw new IllegalArgumentException("only an email has an HTML form");
        }
        return document(subject, notification.body());
    }

    /**
     * The HTML document of a subject and a plain-text body.
     *
     * @param subject the subject, the document's title
     * @param body the plain-text body
     * @return the document
     */
    public static String document(String subject, String body) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(subject)
                + "</title>\n</head>\n<body>\n<div>" + escape(body) + "</div>\n</body>\n</html>\n";
    }

    /**
     * Escapes plain text for HTML, one character at a time: {@code & < > " '} become character references, a
     * line feed becomes {@code <br>} and a line feed, a carriage return disappears (so {@code CR LF} is one
     * break). Every other character is kept.
     *
     * @param text the text
     * @return the HTML
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\n' -> out.append("<br>\n");
                case '\r' -> {}
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package fr.eadmin.core.notification;

/** The channel a notification travels through. */
public enum NotificationChannel {
    /** An email: a subject and a plain-text body (with its HTML form). */
    EMAIL,
    /** A text message: a short body, counted in GSM 03.38 or UCS-2 segments. */
    SMS
}

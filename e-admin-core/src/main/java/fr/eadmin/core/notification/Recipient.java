package fr.eadmin.core.notification;

import fr.eadmin.core.identifier.Email;
import fr.eadmin.core.identifier.Telephone;
import java.util.Objects;

/**
 * Where a notification goes: an email address or a mobile number. The address is personal data: {@code
 * toString()} shows the channel only.
 */
public sealed interface Recipient permits Recipient.EmailRecipient, Recipient.SmsRecipient {
    /**
     * The channel this recipient is reached through.
     *
     * @return {@link NotificationChannel#EMAIL} or {@link NotificationChannel#SMS}
     */
    NotificationChannel channel();

    /**
     * The address as the channel uses it: the email address, or the number in E.164 form.
     *
     * @return the address
     */
    String address();

    /**
     * A recipient reached by email.
     *
     * @param email the address
     * @return the recipient
     */
    static Recipient email(Email email) {
        return new EmailRecipient(email);
    }

    /**
     * A recipient reached by text message.
     *
     * @param telephone the number
     * @return the recipient
     */
    static Recipient sms(Telephone telephone) {
        return new SmsRecipient(telephone);
    }

    /**
     * An email recipient.
     *
     * @param email the address
     */
    record EmailRecipient(Email email) implements Recipient {
        /** Checks the value. */
        public EmailRecipient {
            Objects.requireNonNull(email, "email");
        }

        @Override
        public NotificationChannel channel() {
            return NotificationChannel.EMAIL;
        }

        @Override
        public String address() {
            return email.value();
        }

        /** {@return the channel, without the address (personal data)} */
        @Override
        public String toString() {
            return "EmailRecipient[***]";
        }
    }

    /**
     * A text message recipient. Any number of the French plan is accepted: whether it can receive text
     * messages is the SMS gateway's business (fixed lines with SMS-to-voice exist).
     *
     * @param telephone the number
     */
    record SmsRecipient(Telephone telephone) implements Recipient {
        /** Checks the value. */
        public SmsRecipient {
            Objects.requireNonNull(telephone, "telephone");
        }

        @Override
        public NotificationChannel channel() {
            return NotificationChannel.SMS;
        }

        @Override
        public String address() {
            return telephone.value();
        }

        /** {@return the channel, without the number (personal data)} */
        @Override
        public String toString() {
            return "SmsRecipient[***]";
        }
    }
}

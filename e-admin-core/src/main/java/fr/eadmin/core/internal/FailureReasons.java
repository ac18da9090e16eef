package fr.eadmin.core.internal;

import fr.eadmin.core.spi.Outbox;
import java.util.Objects;

/** Normalises the failure reasons an {@link Outbox} records. */
public final class FailureReasons {
    private FailureReasons() {}

    /**
     * The reason as an outbox keeps it: one line (control characters become spaces), stripped, at most {@value
     * Outbox#MAX_REASON_LENGTH} characters (a surrogate pair is never split).
     *
     * @param reason the reason given
     * @return the reason to keep
     * @throws IllegalArgumentException if the reason is blank
     */
    public static String cut(String reason) {
        String source = Objects.requireNonNull(reason, "reason").strip();
        StringBuilder line = new StringBuilder(Math.min(source.length(), Outbox.MAX_REASON_LENGTH + 1));
        for (int i = 0; i < source.length() && line.length() <= Outbox.MAX_REASON_LENGTH + 1; i++) {
            char c = source.charAt(i);
            boolean loneSurrogate = Character.isHighSurrogate(c)
                            && (i + 1 == source.length() || !Character.isLowSurrogate(source.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(source.charAt(i - 1)));
            line.append(Character.isISOControl(c) || loneSurrogate ? ' ' : c);
        }
        String stripped = line.toString().strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a failure reason is not blank");
        }
        if (stripped.length() <= Outbox.MAX_REASON_LENGTH) {
            return stripped;
        }
        int end = Outbox.MAX_REASON_LENGTH;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(0, end).strip();
    }
}

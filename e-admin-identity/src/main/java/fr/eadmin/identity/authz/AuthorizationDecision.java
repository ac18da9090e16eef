package fr.eadmin.identity.authz;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an {@link Authorizer}: permitted, or refused for a {@link RefusalReason}; in both cases with
 * an explanation in French that names technical ids only (never a name or an address), safe to log and to
 * show to an agent.
 *
 * @param permitted whether the action is allowed
 * @param reason why it is refused; null when permitted
 * @param explanation why, in French, with ids only
 */
public record AuthorizationDecision(
        boolean permitted, @Nullable RefusalReason reason, String explanation) {
    /**
     * Checks that a refusal, and only a refusal, has a reason, and that there is an explanation.
     *
     * @throws IllegalArgumentException if not
     */
    public AuthorizationDecision {
        Objects.requireNonNull(explanation, "explanation");
        if (permitted != (reason == null)) {
            throw new IllegalArgumentException("a refusal, and only a refusal, has a reason");
        }
        if (explanation.isBlank()) {
            throw new IllegalArgumentException("a decision is explained");
        }
    }

    /**
     * A permission.
     *
     * @param explanation on what grounds
     * @return the decision
     */
    public static AuthorizationDecision permit(String explanation) {
        return new AuthorizationDecision(true, null, explanation);
    }

    /**
     * A refusal.
     *
     * @param reason the reason
     * @param explanation the explanation
     * @return the decision
     */
    public static AuthorizationDecision refuse(RefusalReason reason, String explanation) {
        return new AuthorizationDecision(false, Objects.requireNonNull(reason, "reason"), explanation);
    }

    /**
     * The reason of a refusal.
     *
     * @return the reason, or empty when permitted
     */
    public Optional<RefusalReason> refusalReason() {
        return Optional.ofNullable(reason);
    }
}

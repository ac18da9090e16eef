package fr.eadmin.identity.account;

import java.util.List;
import java.util.Objects;

/**
 * What the password policy says of a password: every reason it is refused, none if it is accepted.
 *
 * @param refusals the reasons, in the order of {@link PasswordRefusal}
 */
public record PasswordPolicyResult(List<PasswordRefusal> refusals) {
    /**
     * Keeps an unmodifiable copy.
     *
     * @throws NullPointerException if the list or an element is null
     */
    public PasswordPolicyResult {
        refusals = List.copyOf(Objects.requireNonNull(refusals, "refusals"));
    }

    /** {@return {@code true} if nothing refuses the password} */
    public boolean accepted() {
        return refusals.isEmpty();
    }
}

package fr.eadmin.identity.account;

import fr.eadmin.core.identifier.Email;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The password rules of OWASP ASVS (V2.1 in 4.0.3, V6.2 in 5.0) and NIST SP 800-63B: a length counted in
 * Unicode code points after NFKC normalisation (at least 12, at most 128 by default), no composition rules
 * (no "one digit, one capital"), refused if common or if it contains the login.
 *
 * <p>The bundled list of common passwords is John the Ripper's {@code password.lst} (3 546 entries,
 * compiled by Solar Designer of the Openwall Project, 1996-2011, placed in the public domain, as shipped in
 * Debian's {@code john-data} 1.9.0). Most of its entries are shorter than 12 characters, so the length rule
 * refuses them first; a town with a larger list passes it to {@link #of(int, int, Set)}.
 */
public final class PasswordPolicy {
    private static final String RESOURCE = "common-passwords.txt";
    private static final int MIN_LOGIN_PART = 3;

    private final int minLength;
    private final int maxLength;
    private final Set<String> common;

    private PasswordPolicy(int minLength, int maxLength, Set<String> common) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.common = common;
    }

    /**
     * 12 to 128 code points, the bundled list.
     *
     * @return the policy
     */
    public static PasswordPolicy standard() {
        return of(12, 128, bundledCommonPasswords());
    }

    /**
     * A policy with chosen bounds and list.
     *
     * @param minLength at least 12
     * @param maxLength at least 128
     * @param commonPasswords passwords to refuse, compared ignoring case
     * @return the policy
     */
    public static PasswordPolicy of(int minLength, int maxLength, Set<String> commonPasswords) {
        Objects.requireNonNull(commonPasswords, "commonPasswords");
        if (minLength < 12) {
            throw new IllegalArgumentException("the minimum length is at least 12, got " + minLength);
        }
        if (maxLength < 128) {
            throw new IllegalArgumentException("the maximum length is at least 128, got " + maxLength);
        }
        Set<String> normalised = new HashSet<>();
        for (String password : commonPasswords) {
            normalised.add(fold(password));
        }
        return new PasswordPolicy(minLength, maxLength, Set.copyOf(normalised));
    }

    /**
     * The bundled list of common passwords.
     *
     * @return the passwords, as listed
     */
    public static Set<String> bundledCommonPasswords() {
        InputStream in = PasswordPolicy.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("the resource " + RESOURCE + " is missing from the module");
        }
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#!comment:") && !line.isEmpty()) {
                    passwords.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Set.copyOf(passwords);
    }

    /**
     * Checks a password for an account.
     *
     * @param password the password
     * @param login the account's login
     * @return every reason to refuse it, none if accepted
     */
    public PasswordPolicyResult check(String password, Email login) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(login, "login");
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalised.codePointCount(0, normalised.length());
        List<PasswordRefusal> refusals = new ArrayList<>();
        if (length < minLength) {
            refusals.add(PasswordRefusal.TOO_SHORT);
        }
        if (length > maxLength) {
            refusals.add(PasswordRefusal.TOO_LONG);
        }
        String folded = fold(password);
        if (common.contains(folded)) {
            refusals.add(PasswordRefusal.COMMON);
        }
        String address = login.value().toLowerCase(Locale.ROOT);
        String localPart = address.substring(0, address.lastIndexOf('@'));
        if (folded.contains(address) || (localPart.length() >= MIN_LOGIN_PART && folded.contains(localPart))) {
            refusals.add(PasswordRefusal.CONTAINS_LOGIN);
        }
        return new PasswordPolicyResult(refusals);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}

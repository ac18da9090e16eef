package fr.eadmin.identity.account;

import fr.eadmin.identity.account.internal.Argon2id;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Objects;

/**
 * Hashes and verifies passwords with Argon2id (RFC 9106).
 *
 * <ul>
 *   <li>a fresh salt of 16 bytes from a {@link SecureRandom} for every hash, a 32-byte tag;
 *   <li>the password is normalised to Unicode NFKC, then encoded in UTF-8 (NIST SP 800-63B 5.1.1.2), so
 *       that the same password typed on two keyboards gives the same bytes;
 *   <li>verification recomputes the tag with the stored parameters and compares in constant time
 *       ({@link MessageDigest#isEqual});
 *   <li>{@link #needsRehash(PasswordHash)} tells when a stored hash is weaker than the current parameters:
 *       {@link Authenticator} re-hashes it at the next successful login.
 * </ul>
 *
 * {@snippet :
 * PasswordHasher hasher = PasswordHasher.standard();
 * PasswordHash stored = hasher.hash("correct horse battery staple");
 * boolean ok = hasher.verify("correct horse battery staple", stored); // true
 * }
 */
public final class PasswordHasher {
    /** Salt length in bytes. */
    public static final int SALT_LENGTH = 16;
    /** Tag length in bytes. */
    public static final int HASH_LENGTH = 32;

    private final PasswordHashingParameters parameters;
    private final SecureRandom random;

    private PasswordHasher(PasswordHashingParameters parameters, SecureRandom random) {
        this.parameters = parameters;
        this.random = random;
    }

    /**
     * A hasher with the OWASP floor parameters and a new {@link SecureRandom}.
     *
     * @return the hasher
     */
    public static PasswordHasher standard() {
        return create(PasswordHashingParameters.owaspMinimum(), new SecureRandom());
    }

    /**
     * A hasher with chosen parameters.
     *
     * @param parameters the cost of new hashes
     * @param random the source of salts
     * @return the hasher
     */
    public static PasswordHasher create(PasswordHashingParameters parameters, SecureRandom random) {
        return new PasswordHasher(
                Objects.requireNonNull(parameters, "parameters"), Objects.requireNonNull(random, "random"));
    }

    /**
     * The parameters of new hashes.
     *
     * @return the parameters
     */
    public PasswordHashingParameters parameters() {
        return parameters;
    }

    /**
     * Hashes a password with a fresh salt.
     *
     * @param password the password
     * @return the PHC string
     */
    public PasswordHash hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = new byte[SALT_LENGTH];
        random.nextBytes(salt);
        byte[] tag = Argon2id.hash(
                encode(password),
                salt,
                parameters.memoryKib(),
                parameters.iterations(),
                parameters.parallelism(),
                null,
                null,
                HASH_LENGTH);
        return PasswordHash.of(parameters.memoryKib(), parameters.iterations(), parameters.parallelism(), salt, tag);
    }

    /**
     * Whether a password matches a stored hash, compared in constant time.
     *
     * @param password the password
     * @param stored the stored hash, with its own parameters
     * @return {@code true} if it matches
     */
    public boolean verify(String password, PasswordHash stored) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(stored, "stored");
        byte[] expected = stored.hash();
        byte[] actual = Argon2id.hash(
                encode(password),
                stored.salt(),
                stored.memoryKib(),
                stored.iterations(),
                stored.parallelism(),
                null,
                null,
                expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * Whether a stored hash is weaker than what this hasher writes: lower memory, fewer passes, fewer
     * lanes, a shorter salt or a shorter tag.
     *
     * @param stored the stored hash
     * @return {@code true} if it should be replaced at the next successful login
     */
    public boolean needsRehash(PasswordHash stored) {
        Objects.requireNonNull(stored, "stored");
        return stored.memoryKib() < parameters.memoryKib()
                || stored.iterations() < parameters.iterations()
                || stored.parallelism() < parameters.parallelism()
                || stored.salt().length < SALT_LENGTH
                || stored.hash().length < HASH_LENGTH;
    }

    /**
     * The bytes hashed for a password: NFKC, then UTF-8.
     *
     * @param password the password
     * @return the bytes
     */
    static byte[] encode(String password) {
        return normalised(password).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A password as it is hashed: NFKC.
     *
     * @param password the password
     * @return its NFKC form
     */
    static String normalised(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }
}

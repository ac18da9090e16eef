package fr.eadmin.identity.account;

/**
 * Argon2id cost parameters. The floor is OWASP ASVS 5.0's (and the OWASP Password Storage Cheat Sheet's)
 * first configuration: 19 MiB of memory, 2 passes, 1 lane; a town may raise any of them, never lower them.
 *
 * @param memoryKib memory in KiB (m), at least 19 456
 * @param iterations passes over memory (t), at least 2
 * @param parallelism lanes (p), 1 to 16
 */
public record PasswordHashingParameters(int memoryKib, int iterations, int parallelism) {
    /** The minimum memory: 19 MiB. */
    public static final int MIN_MEMORY_KIB = 19 * 1024;
    /** The minimum number of passes. */
    public static final int MIN_ITERATIONS = 2;

    /**
     * Checks the parameters against the floor.
     *
     * @throws IllegalArgumentException if one is below it or out of range
     */
    public PasswordHashingParameters {
        if (memoryKib < MIN_MEMORY_KIB || memoryKib > 4 * 1024 * 1024) {
            throw new IllegalArgumentException("memory must be 19 456 KiB to 4 GiB, got " + memoryKib);
        }
        if (iterations < MIN_ITERATIONS || iterations > 100) {
            throw new IllegalArgumentException("iterations must be 2 to 100, got " + iterations);
        }
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("parallelism must be 1 to 16, got " + parallelism);
        }
    }

    /**
     * The floor: m=19456, t=2, p=1.
     *
     * @return the parameters
     */
    public static PasswordHashingParameters owaspMinimum() {
        return new PasswordHashingParameters(MIN_MEMORY_KIB, MIN_ITERATIONS, 1);
    }
}

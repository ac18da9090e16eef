package fr.eadmin.benchmarks.identity;

import fr.eadmin.identity.account.PasswordHash;
import fr.eadmin.identity.account.PasswordHasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The cost of one Argon2id password hash with e-admin's standard parameters ({@link PasswordHasher#standard()}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PasswordHashBenchmark {
    private final PasswordHasher hasher = PasswordHasher.standard();

    /** One hash of a typical password, with a fresh salt. */
    @Benchmark
    public PasswordHash argon2idStandard() {
        return hasher.hash("correct horse battery staple");
    }
}

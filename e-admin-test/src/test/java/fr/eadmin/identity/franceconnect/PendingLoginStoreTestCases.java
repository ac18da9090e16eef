package fr.eadmin.identity.franceconnect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.identity.franceconnect.spi.PendingLoginStore;
import fr.eadmin.test.contract.StoreContract;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What every {@link PendingLoginStore} does; run in memory, on H2 and on PostgreSQL. */
public abstract class PendingLoginStoreTestCases extends StoreContract<PendingLoginStore> {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant STARTED = Instant.parse("2026-03-02T09:00:00Z");

    static PendingLogin freshLogin() {
        return new PendingLogin(random(), random(), EidasLevel.EIDAS2, STARTED);
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void givesALoginBackOnceByItsState() {
        PendingLogin login = freshLogin();
        store().save(login);

        assertThat(store().take(login.state())).contains(login);
        assertThat(store().take(login.state())).isEmpty();
        assertThat(store().take(freshLogin().state())).isEmpty();
    }

    @Test
    void refusesAStateSavedTwice() {
        PendingLogin login = freshLogin();
        store().save(login);

        assertThatThrownBy(() -> store().save(login)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void givesALoginToOneOfConcurrentCallbacks() throws Exception {
        PendingLogin login = freshLogin();
        store().save(login);
        List<Callable<Optional<PendingLogin>>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(() -> store().take(login.state()));
        }

        List<Optional<PendingLogin>> results = runTogether(tasks);

        assertThat(results.stream().filter(Optional::isPresent)).hasSize(1);
    }

    /** Runs the tasks on as many threads, each waiting at a barrier until all are ready. */
    private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CyclicBarrier ready = new CyclicBarrier(tasks.size());
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Callable<T>> synchronised = tasks.stream()
                    .<Callable<T>>map(task -> () -> {
                        ready.await(1, TimeUnit.MINUTES);
                        return task.call();
                    })
                    .toList();
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(synchronised, 5, TimeUnit.MINUTES)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}

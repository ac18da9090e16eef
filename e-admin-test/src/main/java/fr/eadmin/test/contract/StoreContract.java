package fr.eadmin.test.contract;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;

/**
 * The base of the store contracts: creates a fresh store before each test and gives it to the test.
 *
 * @param <S> the store interface under test
 */
public abstract class StoreContract<S> {
    private @Nullable S current;

    /** For subclasses. */
    protected StoreContract() {}

    /**
     * Creates (or returns) the store under test.
     *
     * @return the store
     * @throws Exception if it cannot be created
     */
    protected abstract S newStore() throws Exception;

    /**
     * Creates the store under test before each test.
     *
     * @throws Exception if it cannot be created
     */
    @BeforeEach
    protected void createStore() throws Exception {
        current = newStore();
    }

    /**
     * The store under test.
     *
     * @return the store created by {@link #newStore()} for the current test
     */
    protected final S store() {
        S store = current;
        if (store == null) {
            throw new IllegalStateException("newStore() has not run yet");
        }
        return store;
    }
}

package fr.eadmin.identity.account.memory;

import fr.eadmin.core.DuplicateKeyException;
import fr.eadmin.identity.account.AccountId;
import fr.eadmin.identity.account.TokenPurpose;
import fr.eadmin.identity.account.spi.StoredToken;
import fr.eadmin.identity.account.spi.TokenStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** A {@link TokenStore} in memory. Thread-safe: every operation holds one lock. */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<String, StoredToken> byDigest = new HashMap<>();

    /** Creates an empty store. */
    public InMemoryTokenStore() {}

    @Override
    public synchronized void save(StoredToken token) {
        Objects.requireNonNull(token, "token");
        if (byDigest.containsKey(token.digest())) {
            throw new DuplicateKeyException("account token", "digest");
        }
        byDigest.put(token.digest(), token);
    }

    @Override
    public synchronized Optional<StoredToken> find(String digest) {
        return Optional.ofNullable(byDigest.get(Objects.requireNonNull(digest, "digest")));
    }

    @Override
    public synchronized boolean markUsed(String digest, Instant at) {
        Objects.requireNonNull(at, "at");
        StoredToken token = byDigest.get(Objects.requireNonNull(digest, "digest"));
        if (token == null || token.usedAt() != null) {
            return false;
        }
        byDigest.put(digest, used(token, at));
        return true;
    }

    @Override
    public synchronized int revokeUnused(AccountId accountId, TokenPurpose purpose, Instant at) {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(at, "at");
        int count = 0;
        for (Map.Entry<String, StoredToken> entry : byDigest.entrySet()) {
            StoredToken token = entry.getValue();
            if (token.usedAt() == null && token.accountId().equals(accountId) && token.purpose() == purpose) {
                entry.setValue(used(token, at));
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized int deleteExpired(Instant before) {
        Objects.requireNonNull(before, "before");
        int size = byDigest.size();
        byDigest.values().removeIf(token -> token.expiresAt().isBefore(before));
        return size - byDigest.size();
    }

    private static StoredToken used(StoredToken token, Instant at) {
        return new StoredToken(
                token.digest(), token.accountId(), token.purpose(), token.issuedAt(), token.expiresAt(), at);
    }
}

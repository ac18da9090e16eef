package fr.eadmin.core.memory;

import fr.eadmin.core.spi.Outbox;
import fr.eadmin.core.spi.RetryPolicy;
import fr.eadmin.test.contract.OutboxContract;
import java.time.Clock;

class InMemoryOutboxTest extends OutboxContract {
    @Override
    protected Outbox newOutbox(Clock clock, RetryPolicy retryPolicy) {
        return InMemoryOutbox.create(clock, retryPolicy);
    }
}

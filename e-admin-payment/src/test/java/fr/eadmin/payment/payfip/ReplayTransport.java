package fr.eadmin.payment.payfip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Replays recorded PayFiP exchanges from {@code src/test/resources/payfip/} through {@link
 * ReplayingPayfipTransport}: nothing goes to the network, a call that was not recorded fails the test.
 */
final class ReplayTransport implements PayfipTransport {
    private final ReplayingPayfipTransport replay = ReplayingPayfipTransport.create();

    static String fixture(String name) {
        try (InputStream in = Objects.requireNonNull(
                ReplayTransport.class.getResourceAsStream("/payfip/" + name), "missing fixture " + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReplayTransport expect(String operation, String requestFixture, String response) {
        replay.expect(operation, fixture(requestFixture), response);
        return this;
    }

    int calls() {
        return replay.calls();
    }

    boolean exhausted() {
        return replay.exhausted();
    }

    @Override
    public String post(String operation, String envelope) {
        return replay.post(operation, envelope);
    }
}

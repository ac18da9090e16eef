package fr.eadmin.payment.payfip;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Replays recorded PayFiP exchanges, for tests and demonstrations that must not reach the network: each call
 * must send exactly the next recorded request (whitespace between tags aside) and gets its recorded answer.
 * A call that was not recorded, or that sends something else, is an {@link IllegalStateException}.
 *
 * <p>Not thread-safe: one replay belongs to one story.
 */
public final class ReplayingPayfipTransport implements PayfipTransport {
    private record Exchange(String operation, String request, String response) {}

    private final Deque<Exchange> expected = new ArrayDeque<>();
    private int calls;

    private ReplayingPayfipTransport() {}

    /**
     * A transport with nothing recorded yet.
     *
     * @return the transport
     */
    public static ReplayingPayfipTransport create() {
        return new ReplayingPayfipTransport();
    }

    /**
     * Records the next exchange.
     *
     * @param operation the SOAP operation expected
     * @param request the request envelope expected
     * @param response the answer envelope to give back
     * @return this transport
     */
    public ReplayingPayfipTransport expect(String operation, String request, String response) {
        expected.add(new Exchange(
                Objects.requireNonNull(operation, "operation"),
                Objects.requireNonNull(request, "request"),
                Objects.requireNonNull(response, "response")));
        return this;
    }

    /** {@return how many calls were made} */
    public int calls() {
        return calls;
    }

    /** {@return whether every recorded exchange was replayed} */
    public boolean exhausted() {
        return expected.isEmpty();
    }

    /**
     * An envelope without the whitespace between its tags, to compare envelopes.
     *
     * @param xml the envelope
     * @return the compacted envelope
     */
    public static String compact(String xml) {
        return Objects.requireNonNull(xml, "xml").strip().replaceAll(">\\s+<", "><");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the call is not the next recorded one
     */
    @Override
    public String post(String operation, String envelope) {
        calls++;
        Exchange next = expected.poll();
        if (next == null) {
            throw new IllegalStateException("no recorded exchange left for PayFiP " + operation);
        }
        if (!next.operation().equals(operation)) {
            throw new IllegalStateException(
                    "PayFiP " + operation + " called where " + next.operation() + " was recorded");
        }
        if (!compact(envelope).equals(compact(next.request()))) {
            throw new IllegalStateException("PayFiP " + operation + " sent another request than the one recorded");
        }
        return next.response();
    }
}

package fr.eadmin.identity.timestamp;

/**
 * Carries an RFC 3161 request to a time-stamping authority and brings back its response. {@link
 * HttpTsaTransport} speaks HTTP (RFC 3161 section 3.4); {@link TimestampAuthority} answers in process.
 * Implementations are thread-safe.
 */
public interface TsaTransport {
    /**
     * Sends a request and returns the response.
     *
     * @param timeStampRequest the DER encoding of a {@code TimeStampReq}
     * @return the DER encoding of the {@code TimeStampResp}
     * @throws TimestampTransportException if the authority cannot be reached or answers outside the protocol
     */
    byte[] exchange(byte[] timeStampRequest);
}

package fr.eadmin.payment.payfip;

/**
 * Carries one SOAP envelope to PayFiP and brings back its answer. {@link HttpPayfipTransport} does it over
 * HTTPS; tests replay recorded envelopes.
 */
@FunctionalInterface
public interface PayfipTransport {
    /**
     * Posts a SOAP request.
     *
     * @param operation the SOAP operation, such as {@code creerPaiementSecurise}
     * @param envelope the request envelope
     * @return the answer envelope, whatever the HTTP status (a SOAP fault comes with status 500)
     * @throws PayfipUnavailableException if PayFiP cannot be reached or gives no answer
     */
    String post(String operation, String envelope);
}

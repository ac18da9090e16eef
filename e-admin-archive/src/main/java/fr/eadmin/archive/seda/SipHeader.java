package fr.eadmin.archive.seda;

/**
 * The envelope of a transfer ({@code ArchiveTransfer}): who sends it to whom, under which agreement, with
 * which message identifier.
 *
 * @param messageIdentifier the identifier of this transfer message, unique for the transferring agency
 * @param archivalAgreement the identifier of the agreement (convention de versement) with the archive service
 * @param archivalAgency the archive service receiving the transfer
 * @param transferringAgency the service transferring it
 * @param originatingAgencyIdentifier the service that produced the records (service producteur)
 * @param submissionAgencyIdentifier the service that submits them (service versant)
 */
public record SipHeader(
        String messageIdentifier,
        String archivalAgreement,
        Agency archivalAgency,
        Agency transferringAgency,
        String originatingAgencyIdentifier,
        String submissionAgencyIdentifier) {
    /** Checks the values. */
    public SipHeader {
        Text.requireToken(messageIdentifier, "messageIdentifier");
        Text.requireToken(archivalAgreement, "archivalAgreement");
        java.util.Objects.requireNonNull(archivalAgency, "archivalAgency");
        java.util.Objects.requireNonNull(transferringAgency, "transferringAgency");
        Text.requireToken(originatingAgencyIdentifier, "originatingAgencyIdentifier");
        Text.requireToken(submissionAgencyIdentifier, "submissionAgencyIdentifier");
    }
}

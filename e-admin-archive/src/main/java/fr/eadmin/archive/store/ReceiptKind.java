package fr.eadmin.archive.store;

/** The messages the archive service sends back about a transfer, kept as given. */
public enum ReceiptKind {
    /** The acknowledgement of receipt ({@code Acknowledgement}). */
    ACKNOWLEDGEMENT("acknowledgement.xml"),
    /** The transfer reply ({@code ArchiveTransferReply}, ATR): accepted or refused, with the archive's ids. */
    TRANSFER_REPLY("transfer-reply.xml");

    private final String fileName;

    ReceiptKind(String fileName) {
        this.fileName = fileName;
    }

    /**
     * The file name of this receipt in the store.
     *
     * @return the name
     */
    public String fileName() {
        return fileName;
    }
}

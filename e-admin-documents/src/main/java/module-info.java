/**
 * e-admin documents: the official PDF/A-3 documents a town hands a usager, with their data embedded for machines.
 *
 * <p>PDFBox and ZXing ship no module descriptor but declare an {@code Automatic-Module-Name}: they are required
 * as automatic modules, and the lint warning for those requirements is suppressed here, on purpose.
 */
@SuppressWarnings("requires-automatic")
module fr.eadmin.documents {
    requires transitive fr.eadmin.core;
    requires java.desktop;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;
    requires org.apache.fontbox;
    requires com.google.zxing;
    requires org.slf4j;
    requires static transitive org.jspecify;

    exports fr.eadmin.documents;
}

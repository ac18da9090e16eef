package fr.eadmin.identity.pades;

import fr.eadmin.identity.CryptographicFailureException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Writes the document security store of PAdES B-LT (ETSI EN 319 142-1 section 5.4): {@code /DSS} in the
 * catalog with {@code /Certs} and {@code /CRLs} arrays of streams holding DER encodings, and a {@code /VRI}
 * entry per signature, keyed by the upper-case hexadecimal SHA-1 of the signature's {@code /Contents}.
 */
final class DocumentSecurityStore {
    static final COSName DSS = COSName.getPDFName("DSS");
    static final COSName CERTS = COSName.getPDFName("Certs");
    static final COSName CRLS = COSName.getPDFName("CRLs");
    static final COSName VRI = COSName.getPDFName("VRI");
    static final COSName CERT = COSName.getPDFName("Cert");
    static final COSName CRL = COSName.getPDFName("CRL");

    private DocumentSecurityStore() {}

    /**
     * Appends an incremental update adding validation material for every signature of a document.
     *
     * @param pdf the signed document
     * @param certificates the certificates to store
     * @param crls the CRLs to store
     * @return the document with the update
     */
    static byte[] append(byte[] pdf, List<X509Certificate> certificates, List<X509CRL> crls) {
        try (PDDocument document = PadesSigner.load(pdf)) {
            COSDocument cos = document.getDocument();
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            COSDictionary dss = catalog.getCOSDictionary(DSS);
            if (dss == null) {
                dss = new COSDictionary();
                catalog.setItem(DSS, dss);
            }
            COSArray certs = array(dss, CERTS);
            COSArray revocations = array(dss, CRLS);
            COSArray vriCerts = new COSArray();
            COSArray vriCrls = new COSArray();
            for (X509Certificate certificate : certificates) {
                COSStream stream = stream(cos, certificate.getEncoded());
                certs.add(stream);
                vriCerts.add(stream);
            }
            for (X509CRL crl : crls) {
                COSStream stream = stream(cos, crl.getEncoded());
                revocations.add(stream);
                vriCrls.add(stream);
            }
            COSDictionary vri = dss.getCOSDictionary(VRI);
            if (vri == null) {
                vri = new COSDictionary();
                dss.setItem(VRI, vri);
            }
            for (PDSignature signature : document.getSignatureDictionaries()) {
                COSDictionary entry = new COSDictionary();
                entry.setItem(CERT, vriCerts);
                entry.setItem(CRL, vriCrls);
                entry.setNeedToBeUpdated(true);
                vri.setItem(COSName.getPDFName(vriKey(signature.getContents())), entry);
            }
            markUpdated(catalog, dss, certs, revocations, vri, vriCerts, vriCrls);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 8192);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UnreadablePdfException(e);
        } catch (GeneralSecurityException e) {
            throw new CryptographicFailureException("encode validation data", e);
        }
    }

    /**
     * The key of a signature's entry in {@code /VRI}.
     *
     * @param contents the bytes of the signature's {@code /Contents}
     * @return the upper-case hexadecimal SHA-1
     */
    static String vriKey(byte[] contents) throws GeneralSecurityException {
        return HexFormat.of()
                .withUpperCase()
                .formatHex(MessageDigest.getInstance("SHA-1").digest(contents));
    }

    private static COSArray array(COSDictionary dss, COSName name) {
        COSArray array = dss.getCOSArray(name);
        if (array == null) {
            array = new COSArray();
            dss.setItem(name, array);
        }
        return array;
    }

    private static COSStream stream(COSDocument cos, byte[] der) throws IOException {
        COSStream stream = cos.createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(der);
        }
        stream.setNeedToBeUpdated(true);
        return stream;
    }

    private static void markUpdated(COSBase... objects) {
        for (COSBase object : objects) {
            if (object instanceof COSDictionary dictionary) {
                dictionary.setNeedToBeUpdated(true);
            } else if (object instanceof COSArray array) {
                array.setNeedToBeUpdated(true);
            }
        }
    }
}

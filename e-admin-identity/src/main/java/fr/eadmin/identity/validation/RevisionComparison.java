package fr.eadmin.identity.validation;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Compares the revision a signature covers with the final document, object by object, and names every change
 * that is not permitted after a signature.
 *
 * <p>Permitted: new objects that are not pages nor annotations other than widgets; in a changed dictionary,
 * the entries {@code /DSS}, {@code /Extensions} and {@code /SigFlags}, a new or grown {@code /AcroForm},
 * and {@code /Fields} or {@code /Annots} arrays that keep their entries and only gain signature fields or
 * their widgets. Everything else (a page's content, its resources, an annotation over the page, any object
 * redefined or deleted) is a change the signer did not sign.
 */
final class RevisionComparison {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final COSName EXTENSIONS = COSName.getPDFName("Extensions");
    private static final COSName SIG_FLAGS = COSName.getPDFName("SigFlags");
    private static final Set<COSName> STRUCTURAL = Set.of(COSName.XREF, COSName.OBJ_STM);

    private final COSDocument after;
    private final COSDocument before;
    private final Set<COSObjectKey> validationMaterial;
    private final List<String> problems = new ArrayList<>();

    private RevisionComparison(COSDocument before, COSDocument after, Set<COSObjectKey> validationMaterial) {
        this.before = before;
        this.after = after;
        this.validationMaterial = validationMaterial;
    }

    /**
     * The changes that are not permitted between the revision ending at an offset and the final document.
     *
     * @param finalDocument the whole document, already loaded
     * @param pdf its bytes
     * @param revisionEnd the end of the revision the signature covers
     * @return descriptions of the changes, empty if none or all permitted
     * @throws IOException if the signed revision cannot be read as a PDF
     */
    static List<String> unpermittedChanges(PDDocument finalDocument, byte[] pdf, int revisionEnd) throws IOException {
        if (revisionEnd >= pdf.length) {
            return List.of();
        }
        try (PDDocument signed = Loader.loadPDF(Arrays.copyOf(pdf, revisionEnd))) {
            RevisionComparison comparison = new RevisionComparison(
                    signed.getDocument(),
                    finalDocument.getDocument(),
                    both(validationMaterial(signed), validationMaterial(finalDocument)));
            comparison.run();
            return List.copyOf(comparison.problems);
        }
    }

    private void run() throws IOException {
        Map<COSObjectKey, Long> beforeKeys = before.getXrefTable();
        Map<COSObjectKey, Long> afterKeys = new TreeMap<>(after.getXrefTable());
        Set<COSObjectKey> seen = new HashSet<>();
        for (COSObjectKey key : afterKeys.keySet()) {
            seen.add(key);
            COSBase now = resolve(after, key);
            if (!beforeKeys.containsKey(key)) {
                checkNewObject(key, now);
                continue;
            }
            COSBase then = resolve(before, key);
            if (isStructural(then) || isStructural(now) || validationMaterial.contains(key) || same(then, now)) {
                continue;
            }
            checkChangedObject(key, then, now);
        }
        for (COSObjectKey key : beforeKeys.keySet()) {
            if (!seen.contains(key) && !isStructural(resolve(before, key))) {
                problems.add("object " + name(key) + " was removed");
            }
        }
    }

    private static Set<COSObjectKey> both(Set<COSObjectKey> before, Set<COSObjectKey> after) {
        Set<COSObjectKey> common = new HashSet<>(before);
        common.retainAll(after);
        return common;
    }

    /**
     * The indirect objects of a document's security store: the DSS dictionary, its arrays, its VRI
     * dictionary and entries. A later update may rewrite those that were already validation material in the
     * signed revision and still are: they hold nothing a reader shows.
     */
    private static Set<COSObjectKey> validationMaterial(PDDocument document) {
        Set<COSObjectKey> keys = new HashSet<>();
        COSBase dss = document.getDocumentCatalog().getCOSObject().getItem(DSS);
        collect(dss, keys, 0);
        return keys;
    }

    private static void collect(@Nullable COSBase value, Set<COSObjectKey> keys, int depth) {
        if (value == null || depth > 3) {
            return;
        }
        COSBase resolved = value;
        if (value instanceof COSObject reference) {
            if (reference.getKey() != null) {
                keys.add(reference.getKey());
            }
            resolved = reference.getObject();
        }
        if (resolved instanceof COSStream) {
            return;
        }
        if (resolved instanceof COSDictionary dictionary) {
            for (COSName name : dictionary.keySet()) {
                collect(dictionary.getItem(name), keys, depth + 1);
            }
        } else if (resolved instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) instanceof COSObject reference && reference.getKey() != null) {
                    keys.add(reference.getKey());
                }
            }
        }
    }

    private static @Nullable COSBase resolve(COSDocument document, COSObjectKey key) {
        COSObject object = document.getObjectFromPool(key);
        return object == null ? null : object.getObject();
    }

    private static boolean isStructural(@Nullable COSBase object) {
        return object instanceof COSDictionary dictionary
                && dictionary.getCOSName(COSName.TYPE) != null
                && STRUCTURAL.contains(dictionary.getCOSName(COSName.TYPE));
    }

    private void checkNewObject(COSObjectKey key, @Nullable COSBase object) {
        if (!(object instanceof COSDictionary dictionary)) {
            return;
        }
        COSName type = dictionary.getCOSName(COSName.TYPE);
        COSName subtype = dictionary.getCOSName(COSName.SUBTYPE);
        if (COSName.PAGE.equals(type) || COSName.PAGES.equals(type)) {
            problems.add("a page object " + name(key) + " was added");
        } else if ((COSName.ANNOT.equals(type) || (subtype != null && dictionary.containsKey(COSName.RECT)))
                && !isSignatureWidget(dictionary)) {
            problems.add(
                    "an annotation " + name(key) + " (" + (subtype == null ? "?" : subtype.getName()) + ") was added");
        }
    }

    private void checkChangedObject(COSObjectKey key, @Nullable COSBase then, @Nullable COSBase now) {
        String where = "object " + name(key);
        if (then instanceof COSStream || now instanceof COSStream) {
            problems.add(where + " (a stream) was changed");
        } else if (then instanceof COSDictionary old && now instanceof COSDictionary current) {
            compareDictionaries(where, old, current);
        } else if (then instanceof COSArray old && now instanceof COSArray current) {
            if (!onlySignaturesAdded(old, current)) {
                problems.add(where + " (an array) was changed");
            }
        } else {
            problems.add(where + " was changed");
        }
    }

    private void compareDictionaries(String where, COSDictionary old, COSDictionary current) {
        Set<COSName> keys = new HashSet<>(old.keySet());
        keys.addAll(current.keySet());
        for (COSName entry : keys) {
            COSBase then = old.getItem(entry);
            COSBase now = current.getItem(entry);
            if (same(then, now) || DSS.equals(entry) || EXTENSIONS.equals(entry) || SIG_FLAGS.equals(entry)) {
                continue;
            }
            if (COSName.ACRO_FORM.equals(entry)) {
                if (then == null || then instanceof COSObject || now instanceof COSObject) {
                    continue;
                }
                if (then instanceof COSDictionary oldForm && now instanceof COSDictionary newForm) {
                    compareDictionaries(where + " /AcroForm", oldForm, newForm);
                    continue;
                }
            }
            if ((COSName.ANNOTS.equals(entry) || COSName.FIELDS.equals(entry))
                    && onlySignaturesAdded(array(then), array(now))) {
                continue;
            }
            problems.add(where + " /" + entry.getName() + " was changed");
        }
    }

    private static COSArray array(@Nullable COSBase value) {
        COSBase resolved = value instanceof COSObject object ? object.getObject() : value;
        return resolved instanceof COSArray array ? array : new COSArray();
    }

    private static boolean onlySignaturesAdded(COSArray old, COSArray current) {
        if (current.size() < old.size()) {
            return false;
        }
        for (int i = 0; i < old.size(); i++) {
            if (!same(old.get(i), current.get(i))) {
                return false;
            }
        }
        for (int i = old.size(); i < current.size(); i++) {
            if (!(current.getObject(i) instanceof COSDictionary added) || !isSignatureWidget(added)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSignatureWidget(COSDictionary dictionary) {
        if (COSName.SIG.equals(dictionary.getCOSName(COSName.FT))) {
            return true;
        }
        COSBase parent = dictionary.getDictionaryObject(COSName.PARENT);
        return COSName.WIDGET.equals(dictionary.getCOSName(COSName.SUBTYPE))
                && parent instanceof COSDictionary field
                && COSName.SIG.equals(field.getCOSName(COSName.FT));
    }

    /** Whether two values are the same, comparing references by object number, not by what they point to. */
    static boolean same(@Nullable COSBase a, @Nullable COSBase b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof COSObject || b instanceof COSObject) {
            return a instanceof COSObject x
                    && b instanceof COSObject y
                    && x.getKey() != null
                    && x.getKey().equals(y.getKey());
        }
        if (a instanceof COSStream sa) {
            return b instanceof COSStream sb && sameDictionary(sa, sb) && sameBytes(sa, sb);
        }
        if (a instanceof COSDictionary da) {
            return b instanceof COSDictionary db && !(b instanceof COSStream) && sameDictionary(da, db);
        }
        if (a instanceof COSArray aa) {
            if (!(b instanceof COSArray ab) || aa.size() != ab.size()) {
                return false;
            }
            for (int i = 0; i < aa.size(); i++) {
                if (!same(aa.get(i), ab.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof COSString sa) {
            return b instanceof COSString sb && Arrays.equals(sa.getBytes(), sb.getBytes());
        }
        return a.equals(b);
    }

    private static boolean sameDictionary(COSDictionary a, COSDictionary b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (COSName key : a.keySet()) {
            if (!same(a.getItem(key), b.getItem(key))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBytes(COSStream a, COSStream b) {
        try (InputStream x = a.createRawInputStream();
                InputStream y = b.createRawInputStream()) {
            return Arrays.equals(x.readAllBytes(), y.readAllBytes());
        } catch (IOException e) {
            return false;
        }
    }

    private static String name(COSObjectKey key) {
        return key.getNumber() + " " + key.getGeneration();
    }
}

package fr.eadmin.documents.internal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.jspecify.annotations.Nullable;

/**
 * The logical structure of a document as it is laid out: a Document element holding headings, paragraphs,
 * tables and figures, each pointing at the marked content (MCID) that draws it, and the parent tree mapping each
 * page's marked content back to its element. Only the current page's entries are open at any time.
 */
final class Tagging {
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final COSArray nums = new COSArray();
    private int nextKey;
    private @Nullable PDPage page;
    private @Nullable COSArray pageParents;

    Tagging(PDDocument doc) {
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    }

    PDStructureElement document() {
        return document;
    }

    void startPage(PDPage newPage) {
        page = newPage;
        newPage.setStructParents(nextKey);
        pageParents = new COSArray();
        nums.add(COSInteger.get(nextKey));
        nums.add(pageParents);
        nextKey++;
        root.setParentTreeNextKey(nextKey);
    }

    PDStructureElement element(String type, PDStructureElement parent) {
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return element;
    }

    /**
     * Records that the next marked content of the current page belongs to an element; returns its MCID. An
     * element on one page names its page once and lists its MCIDs as integers; one that spans pages refers to
     * its later marked content by references naming their page.
     */
    int mark(PDStructureElement element) {
        COSArray parents = java.util.Objects.requireNonNull(pageParents, "no page started");
        PDPage current = java.util.Objects.requireNonNull(page, "no page started");
        int mcid = parents.size();
        parents.add(element);
        PDPage elementPage = element.getPage();
        if (elementPage == null && element.getKids().isEmpty()) {
            element.setPage(current);
            element.appendKid(mcid);
        } else if (elementPage != null && elementPage.getCOSObject() == current.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference reference = new PDMarkedContentReference();
            reference.setPage(current);
            reference.setMCID(mcid);
            element.appendKid(reference);
        }
        return mcid;
    }
}

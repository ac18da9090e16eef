package fr.eadmin.payment.payfip;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** The SOAP envelopes of PayFiP's {@code PaiementSecuriseService}: written by hand, read with a safe parser. */
final class Soap {
    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String SERVICE_NS = "http://securite.service.tpa.cp.finances.gouv.fr/services/mas_securite/"
            + "contrat_paiement_securise/PaiementSecuriseService";

    private Soap() {}

    /**
     * What PayFiP answered: the text of the leaf elements of the body, or a fault.
     *
     * @param values the leaf elements' text by local name (empty for a fault)
     * @param faultCode PayFiP's error code ({@code P1}, {@code P5}…) when the answer is a fault
     * @param faultLabel PayFiP's label of the error, empty if none
     */
    record Answer(Map<String, String> values, @Nullable String faultCode, String faultLabel) {}

    /**
     * A request envelope.
     *
     * @param operation the operation
     * @param fields the fields of {@code arg0}, in order
     * @return the envelope
     */
    static String request(String operation, Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
                .append("<soapenv:Envelope xmlns:soapenv=\"")
                .append(ENVELOPE_NS)
                .append("\" xmlns:pai=\"")
                .append(SERVICE_NS)
                .append("\"><soapenv:Header/><soapenv:Body><pai:")
                .append(operation)
                .append("><arg0>");
        fields.forEach((name, value) -> xml.append('<')
                .append(name)
                .append('>')
                .append(escape(value))
                .append("</")
                .append(name)
                .append('>'));
        return xml.append("</arg0></pai:")
                .append(operation)
                .append("></soapenv:Body></soapenv:Envelope>")
                .toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Reads an answer envelope.
     *
     * @param xml the envelope
     * @return the answer
     * @throws PayfipUnavailableException if it is not a SOAP envelope
     */
    static Answer parse(String xml) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // fatal errors throw, nothing printed
            document = builder.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new PayfipUnavailableException("PayFiP answered something that is not XML", e);
        }
        Element root = document.getDocumentElement();
        if (!ENVELOPE_NS.equals(root.getNamespaceURI()) || !"Envelope".equals(root.getLocalName())) {
            throw new PayfipUnavailableException("PayFiP answered something that is not a SOAP envelope", null);
        }
        NodeList bodies = root.getElementsByTagNameNS(ENVELOPE_NS, "Body");
        if (bodies.getLength() != 1) {
            throw new PayfipUnavailableException("PayFiP answered a SOAP envelope without a body", null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        collectLeaves(bodies.item(0), values);
        NodeList faults = root.getElementsByTagNameNS(ENVELOPE_NS, "Fault");
        if (faults.getLength() > 0) {
            String code = values.get("code");
            String label = values.getOrDefault("libelle", values.getOrDefault("faultstring", ""));
            return new Answer(Map.of(), code != null ? code : "SOAP:" + values.getOrDefault("faultcode", "?"), label);
        }
        return new Answer(Map.copyOf(values), null, "");
    }

    private static void collectLeaves(Node node, Map<String, String> values) {
        NodeList children = node.getChildNodes();
        boolean leaf = true;
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                leaf = false;
                collectLeaves(child, values);
            }
        }
        if (leaf && node.getNodeType() == Node.ELEMENT_NODE) {
            String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
            values.putIfAbsent(name, node.getTextContent().strip());
        }
    }
}

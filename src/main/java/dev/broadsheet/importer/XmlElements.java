package dev.broadsheet.importer;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reading one element of a StAX stream at a time: its name, attributes, text and children. */
final class XmlElements {

    private XmlElements() {
    }

    /** The element's local name, without any prefix (namespaces are not bound: see the class comment). */
    static String local(XMLStreamReader xml) {
        String name = xml.getLocalName();
        return name.substring(name.indexOf(':') + 1);
    }

    static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attribute = xml.getAttributeLocalName(i);
            if (attribute.substring(attribute.indexOf(':') + 1).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return "";
    }

    /** All text inside the current element, nested elements' included; leaves the reader on its end tag. */
    static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text.append(xml.getText());
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return text.toString();
    }

    /** The text of the first child named {@code name} of the current element; leaves the reader on its end tag. */
    static String nestedText(XMLStreamReader xml, String name) throws XMLStreamException {
        String[] found = {""};
        children(xml, child -> {
            if (local(child).equals(name) && found[0].isEmpty()) {
                found[0] = text(child);
            } else {
                skip(child);
            }
        });
        return found[0];
    }

    static void skip(XMLStreamReader xml) throws XMLStreamException {
        children(xml, XmlElements::skip);
    }

    /** Reads one child element, from its start tag to its end tag. */
    interface ChildReader {
        void read(XMLStreamReader child) throws XMLStreamException;
    }

    /** Hands each child element of the current element to {@code reader}; leaves the reader on the element's end tag. */
    static void children(XMLStreamReader xml, ChildReader reader) throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                reader.read(xml);
            }
        }
    }
}

package dev.broadsheet.images;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** An SVG's intrinsic size: its {@code width} and {@code height} in pixels, else its {@code viewBox}'s. */
final class SvgSize {

    private SvgSize() {
    }

    /** {width, height}, rounded to whole pixels; none for an SVG without a size, which takes the size of its box. */
    static int[] of(byte[] bytes) throws BrokenImageException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    if (!xml.getLocalName().equals("svg")) {
                        throw new BrokenImageException("its first element is <" + xml.getLocalName() + ">, not <svg>");
                    }
                    return size(xml);
                }
            }
        } catch (XMLStreamException e) {
            throw new BrokenImageException("it is not well-formed XML (" + e.getMessage().lines().reduce((a, b) -> b).orElse("") + ")");
        }
        throw new BrokenImageException("it has no <svg> element");
    }

    private static int[] size(XMLStreamReader svg) throws BrokenImageException {
        Optional<Double> width = pixels(svg.getAttributeValue(null, "width"));
        Optional<Double> height = pixels(svg.getAttributeValue(null, "height"));
        String viewBox = svg.getAttributeValue(null, "viewBox");
        double[] box = viewBox == null ? new double[0] : parseBox(viewBox);
        if (width.isPresent() && height.isPresent()) {
            return new int[] {round(width.get()), round(height.get())};
        }
        if (box.length == 4 && box[2] > 0 && box[3] > 0) {
            if (width.isPresent()) {
                return new int[] {round(width.get()), round(width.get() * box[3] / box[2])};
            }
            if (height.isPresent()) {
                return new int[] {round(height.get() * box[2] / box[3]), round(height.get())};
            }
            return new int[] {round(box[2]), round(box[3])};
        }
        return new int[0];
    }

    private static double[] parseBox(String viewBox) {
        String[] parts = viewBox.strip().split("[\\s,]+");
        double[] box = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                box[i] = Double.parseDouble(parts[i]);
            }
        } catch (NumberFormatException e) {
            return new double[0];
        }
        return box;
    }

    /** A length in pixels ({@code 120}, {@code 120px}); empty for percentages and other units. */
    private static Optional<Double> pixels(String length) {
        if (length == null) {
            return Optional.empty();
        }
        String number = length.strip().endsWith("px") ? length.strip().substring(0, length.strip().length() - 2) : length.strip();
        try {
            double value = Double.parseDouble(number);
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int round(double value) {
        return Math.max(1, (int) Math.round(value));
    }
}

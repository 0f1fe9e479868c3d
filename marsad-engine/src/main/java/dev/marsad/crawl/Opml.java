package dev.marsad.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Sources to and from OPML 2.0 (opml.org/spec2.opml), the subscription lists of feed readers.
 *
 * <p><b>Reading.</b> Every {@code <outline>} with an {@code xmlUrl}, at any depth (readers nest feeds
 * in folders), is a feed. Feeds are grouped into sources by the {@code marsad:source} attribute that
 * {@link #write} adds, else by host ({@link Source#idFor}); a source is named by the {@code text} (or
 * {@code title}) of its first outline, else by its host. Outlines whose {@code xmlUrl} is not an
 * absolute http(s) URL are skipped and reported. The parser refuses DTDs and external entities, so a
 * hostile file can neither read local files (XXE) nor expand entities without end.
 *
 * <p><b>Writing.</b> One {@code <outline type="rss">} per feed: {@code text} and {@code title} the
 * source's name, {@code xmlUrl} the feed, {@code htmlUrl} the source's first start page or else the
 * feed's site, {@code marsad:source} its id. OPML has no place for sitemaps and start pages: a source
 * without feeds is left out (the JSON source file keeps everything).
 */
public final class Opml {

    /** The namespace of Marsad's own outline attribute, {@code marsad:source}. */
    public static final String NAMESPACE = "https://marsad.dev/ns/opml";

    private static final String SOURCE_ATTRIBUTE = "source";

    /**
     * What an OPML file held.
     *
     * @param sources the sources, in the order their first feed appears
     * @param skipped one line per outline that was left out, naming it and why
     */
    public record Imported(List<Source> sources, List<String> skipped) {
        public Imported {
            sources = List.copyOf(sources);
            skipped = List.copyOf(skipped);
        }
    }

    private Opml() {}

    /**
     * Reads the sources of an OPML file.
     *
     * @throws IllegalArgumentException naming the file (and line and column) when it is not
     *     well-formed XML, has a DTD, or is not OPML
     * @throws UncheckedIOException when it cannot be read
     */
    public static Imported read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OPML file " + file + ": " + e.getMessage(), e);
        }
        Element root = parse(bytes, file).getDocumentElement();
        if (!root.getTagName().equalsIgnoreCase("opml"))
            throw new IllegalArgumentException(
                    "OPML file " + file + ": the root element is <" + root.getTagName() + ">, not <opml>");
        NodeList bodies = root.getElementsByTagName("body");
        if (bodies.getLength() == 0) throw new IllegalArgumentException("OPML file " + file + " has no <body>");
        var groups = new LinkedHashMap<String, List<Element>>();
        List<String> skipped = new ArrayList<>();
        NodeList outlines = ((Element) bodies.item(0)).getElementsByTagName("outline");
        for (int i = 0; i < outlines.getLength(); i++) {
            Element outline = (Element) outlines.item(i);
            Optional<String> feed = attribute(outline, "xmlUrl");
            if (feed.isEmpty()) continue; // a folder, or a link that is no feed
            Optional<URI> url = httpUrl(feed.get());
            if (url.isEmpty()) {
                skipped.add(
                        "outline '" + label(outline) + "': xmlUrl '" + feed.get() + "' is not an absolute http(s) URL");
                continue;
            }
            groups.computeIfAbsent(groupId(outline, url.get()), id -> new ArrayList<>())
                    .add(outline);
        }
        List<Source> sources = new ArrayList<>();
        groups.forEach((id, members) -> sources.add(source(id, members)));
        return new Imported(sources, skipped);
    }

    /**
     * The feeds of {@code sources} as an OPML 2.0 document (UTF-8, indented) titled {@code title}.
     * Sources without feeds are left out.
     */
    public static byte[] write(List<Source> sources, String title) {
        Document opml = newBuilder().newDocument();
        Element root = opml.createElement("opml");
        root.setAttribute("version", "2.0");
        root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:marsad", NAMESPACE);
        opml.appendChild(root);
        Element head = child(root, "head");
        child(head, "title").setTextContent(title);
        child(head, "dateCreated")
                .setTextContent(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
        Element body = child(root, "body");
        for (Source source : sources) {
            for (URI feed : source.feeds()) {
                Element outline = child(body, "outline");
                outline.setAttribute("type", "rss");
                outline.setAttribute("text", source.name());
                outline.setAttribute("title", source.name());
                outline.setAttribute("xmlUrl", feed.toString());
                outline.setAttribute("htmlUrl", htmlUrl(source, feed).toString());
                outline.setAttributeNS(NAMESPACE, "marsad:" + SOURCE_ATTRIBUTE, source.id());
            }
        }
        return serialize(opml);
    }

    private static Source source(String id, List<Element> outlines) {
        List<URI> feeds = new ArrayList<>();
        for (Element outline : outlines)
            httpUrl(attribute(outline, "xmlUrl").orElseThrow())
                    .filter(u -> !feeds.contains(u))
                    .ifPresent(feeds::add);
        String name = outlines.stream()
                .map(Opml::label)
                .filter(l -> !l.isBlank())
                .findFirst()
                .orElse(feeds.getFirst().getHost());
        return new Source(id, name, feeds, List.of(), List.of(), SourceList.DEFAULT_DELAY);
    }

    /** The source an outline belongs to: its marsad:source when that is a valid id, else its feed's host. */
    private static String groupId(Element outline, URI feed) {
        String given = outline.getAttributeNS(NAMESPACE, SOURCE_ATTRIBUTE).strip();
        return given.matches("[A-Za-z0-9_-]+") ? given : Source.idFor(feed);
    }

    private static String label(Element outline) {
        return attribute(outline, "text").or(() -> attribute(outline, "title")).orElse("");
    }

    /** An attribute by name, ignoring case (some writers spell it "xmlurl"), stripped; empty when blank. */
    private static Optional<String> attribute(Element element, String name) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String local = attribute.getLocalName() != null ? attribute.getLocalName() : attribute.getName();
            if (attribute.getNamespaceURI() == null && local.equalsIgnoreCase(name))
                return Optional.of(attribute.getValue().strip()).filter(v -> !v.isEmpty());
        }
        return Optional.empty();
    }

    private static Optional<URI> httpUrl(String text) {
        try {
            URI url = new URI(text);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && url.getHost() != null
                    ? Optional.of(url)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static URI htmlUrl(Source source, URI feed) {
        if (!source.startPages().isEmpty()) return source.startPages().getFirst();
        return feed.resolve("/");
    }

    private static Element child(Element parent, String name) {
        Element child = parent.getOwnerDocument().createElement(name);
        parent.appendChild(child);
        return child;
    }

    private static Document parse(byte[] bytes, Path file) {
        DocumentBuilder builder = newBuilder();
        builder.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a file unreadable
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException(
                    "cannot parse OPML file " + file + " at line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + ": " + e.getMessage(),
                    e);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("cannot parse OPML file " + file + ": " + e.getMessage(), e);
        }
    }

    /** A namespace-aware DOM builder that refuses DTDs and never loads anything external (XXE-safe). */
    private static DocumentBuilder newBuilder() {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a safety feature: " + e.getMessage(), e);
        }
    }

    private static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            var out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot write OPML: " + e.getMessage(), e);
        }
    }
}

package io.bazaar.catalog.page;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes sitemaps.org documents (an index, or a urlset part) with XMLStreamWriter, which escapes every text. */
final class SitemapXml {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter text = new StringWriter();
    private final XMLStreamWriter xml;

    private SitemapXml(String root) {
        try {
            xml = FACTORY.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    static SitemapXml index() {
        return new SitemapXml("sitemapindex");
    }

    static SitemapXml urlSet() {
        return new SitemapXml("urlset");
    }

    /** An entry of the index. */
    SitemapXml sitemap(String loc) {
        return entry("sitemap", loc, null);
    }

    /** A page of a urlset, with its last change as a W3C datetime in UTC. */
    SitemapXml url(String loc, Instant lastModified) {
        return entry("url", loc, lastModified);
    }

    String finish() {
        try {
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private SitemapXml entry(String element, String loc, Instant lastModified) {
        try {
            xml.writeStartElement(element);
            xml.writeStartElement("loc");
            xml.writeCharacters(loc);
            xml.writeEndElement();
            if (lastModified != null) {
                xml.writeStartElement("lastmod");
                xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}

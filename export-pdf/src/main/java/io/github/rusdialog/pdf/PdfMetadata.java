package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.PdfDate;
import java.nio.charset.StandardCharsets;

/**
 * The XMP metadata of a PDF/A-2a and PDF/UA-1 document, written by hand: OpenPDF's own XMP
 * cannot declare PDF/UA. Every value mirrors the document information dictionary (title, author,
 * subject, keywords, creator, producer, dates), as PDF/A requires, and the {@code pdfuaid} schema
 * is described in a PDF/A extension schema.
 */
final class PdfMetadata {
  private PdfMetadata() {}

  static byte[] xmp(String title, String author, String subject, String keywords, String creator,
      String producer, PdfDate date, String language) {
    String when = date.getW3CDate();
    StringBuilder xmp = new StringBuilder();
    xmp.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(title))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (author != null) {
      xmp.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    xmp.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(subject))
        .append("</rdf:li></rdf:Alt></dc:description>\n")
        .append("<dc:language><rdf:Bag><rdf:li>").append(escape(language)).append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
        .append("<pdf:Keywords>").append(escape(keywords)).append("</pdf:Keywords>\n")
        .append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
        .append("<xmp:CreatorTool>").append(escape(creator)).append("</xmp:CreatorTool>\n")
        .append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
        .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n")
        .append("<xmp:MetadataDate>").append(when).append("</xmp:MetadataDate>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
        .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>A</pdfaid:conformance>\n")
        .append("</rdf:Description>\n")
        .append("<rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
        .append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append("</rdf:Description>\n")
        // PDF/A allows only described schemas; pdfuaid is not one of PDF/A's own.
        .append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n")
        .append("<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n")
        .append("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n")
        .append("<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n")
        .append("<pdfaProperty:name>part</pdfaProperty:name>\n")
        .append("<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n")
        .append("<pdfaProperty:category>internal</pdfaProperty:category>\n")
        .append("<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>\n")
        .append("</rdf:li></rdf:Seq></pdfaSchema:property>\n")
        .append("</rdf:li></rdf:Bag></pdfaExtension:schemas>\n")
        .append("</rdf:Description>\n")
        .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return xmp.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

package io.github.rusdialog.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of one Word paragraph as Word shows it, read from its XML: runs of text, tabs, soft
 * line breaks (kept as line breaks), non-breaking hyphens, and the shown result of page-number and
 * hyperlink fields; plus how much of its start is bold and whether it holds a picture. What is not
 * text of the summary (comments, notes, text boxes, tracked changes, objects, equations, other
 * fields) is refused with what to do in Word: {@link #refusal} says which.
 */
final class ParagraphText {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

  final StringBuilder text = new StringBuilder();
  /** Characters at the start that are bold, while no non-bold text has come. */
  int boldPrefix;
  private boolean boldRunBroken;
  boolean picture;
  /** Why the paragraph cannot be read, or null. */
  String refusal;
  /** The ids of the comments anchored in the paragraph, in order: not text of the summary. */
  final java.util.List<String> comments = new java.util.ArrayList<>();
  /** Field state: each open field, true while its code (not its result) is being read. */
  private final Deque<boolean[]> fields = new ArrayDeque<>();

  /** Whether a character style id makes text bold ("Strong", LibreOffice's "StrongEmphasis"). */
  private final java.util.function.Predicate<String> boldStyle;

  private ParagraphText(java.util.function.Predicate<String> boldStyle) {
    this.boldStyle = boldStyle;
  }

  static ParagraphText of(Node paragraph, java.util.function.Predicate<String> boldStyle) {
    ParagraphText reader = new ParagraphText(boldStyle);
    reader.walk(paragraph, false);
    if (reader.refusal != null) {
      // Reading stopped at the refused element: a message quotes all the words a person sees.
      reader.text.setLength(0);
      reader.text.append(textElements(paragraph, new StringBuilder()));
    }
    return reader;
  }

  /** The text of every {@code w:t} below a node, for quoting a paragraph that is refused. */
  private static StringBuilder textElements(Node node, StringBuilder into) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      if (W.equals(child.getNamespaceURI()) && "t".equals(child.getLocalName())) {
        into.append(textOf(child));
      } else {
        textElements(child, into);
      }
    }
    return into;
  }

  private void walk(Node node, boolean bold) {
    for (Node child = node.getFirstChild(); child != null && refusal == null; child = child.getNextSibling()) {
      if (child.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      String ns = child.getNamespaceURI();
      String name = child.getLocalName();
      if (MATH.equals(ns)) {
        refuse("an equation; write it as text");
        return;
      }
      if (!W.equals(ns)) {
        // Drawing and markup-compatibility content: a picture, or a text box inside it.
        if (name.equals("AlternateContent") || name.equals("drawing") || name.equals("pict")) {
          drawing(child);
        } else if (contains(child, "txbxContent")) {
          refuseTextBox();
        } else {
          walk(child, bold);
        }
        continue;
      }
      if (notText(child)) {
        continue;
      }
      switch (name) {
        case "pPr":
          if (contains(child, "ins") || contains(child, "del")) {
            // An inserted or deleted paragraph mark joins or splits paragraphs once the change is decided.
            refuseTrackedChanges();
          }
          break;
        case "rPr":
        case "bookmarkStart":
        case "bookmarkEnd":
        case "proofErr":
        case "permStart":
        case "permEnd":
        case "lastRenderedPageBreak":
        case "softHyphen":
        case "annotationRef":
        case "sdtPr":
        case "sdtEndPr":
        case "customXmlPr":
        case "smartTagPr":
          break;
        case "r":
          readRun((Element) child);
          break;
        case "fldSimple":
          if (fieldAllowed(((Element) child).getAttributeNS(W, "instr"))) {
            walk(child, bold);
          }
          break;
        case "subDoc":
          refuse("a subdocument, whose text is in another file; copy its text into this document");
          break;
        case "hyperlink":
        case "smartTag":
        case "sdt":
        case "sdtContent":
        case "customXml":
        case "dir":
        case "bdo":
          // Containers whose runs are text as Word shows it.
          walk(child, bold);
          break;
        default:
          unknown(child);
      }
    }
  }

  /**
   * An element this reader does not know: skipped when it holds no text, refused when it does, so
   * that no text vanishes without a word (an element of a later Word version, or one hand-made).
   */
  private void unknown(Node child) {
    if (contains(child, "t") || contains(child, "delText") || contains(child, "instrText")) {
      refuse("text in an element rusdialog does not read (w:" + child.getLocalName() + "); write that text as"
          + " ordinary text of the paragraph");
    }
  }

  private void readRun(Element run) {
    boolean bold = isBold(run);
    for (Node child = run.getFirstChild(); child != null && refusal == null; child = child.getNextSibling()) {
      if (child.getNodeType() != Node.ELEMENT_NODE) {
        continue;
      }
      if (!W.equals(child.getNamespaceURI())) {
        drawing(child);
        continue;
      }
      if (notText(child)) {
        continue;
      }
      switch (child.getLocalName()) {
        case "t":
          append(textOf(child), bold);
          break;
        case "tab":
        case "ptab":
          append("\t", bold);
          break;
        case "br":
          String type = ((Element) child).getAttributeNS(W, "type");
          if (type.isEmpty() || type.equals("textWrapping")) {
            append("\n", bold);
          }
          break;
        case "cr":
          append("\n", bold);
          break;
        case "noBreakHyphen":
          append("\u2011", bold);
          break;
        case "fldChar":
          fieldChar(((Element) child).getAttributeNS(W, "fldCharType"));
          break;
        case "instrText":
          if (!fields.isEmpty()) {
            fields.peek()[1] = true;
            code.append(textOf(child));
          }
          break;
        case "sym":
          refuse("a symbol inserted from a font (Insert → Symbol); type the character itself");
          break;
        case "ruby":
          refuse("a phonetic guide (ruby text over the words), which a summary has no place for; remove it"
              + " (Home → Phonetic Guide → Remove Phonetic Guide) and, if the reading matters, write it in"
              + " parentheses after the words");
          break;
        case "rPr":
        case "lastRenderedPageBreak":
        case "softHyphen":
        case "annotationRef":
        case "separator":
        case "continuationSeparator":
        case "pgNum":
          break;
        case "dayShort":
        case "monthShort":
        case "yearShort":
        case "dayLong":
        case "monthLong":
        case "yearLong":
          refuse("a date Word fills in when the document is opened (" + child.getLocalName() + "); type the"
              + " date as text");
          break;
        default:
          unknown(child);
          break;
      }
    }
  }

  /**
   * Handles an element that is not text of the summary, wherever in the paragraph it stands:
   * refuses it with what to do in Word, or notes a picture. Returns false for the others.
   */
  private boolean notText(Node child) {
    String name = child.getLocalName();
    switch (name) {
      case "commentRangeStart":
      case "commentRangeEnd":
        return true;
      case "commentReference":
        // A comment is a remark about the text, not text: read without it, and named in a warning.
        comments.add(((Element) child).getAttributeNS(W, "id"));
        return true;
      case "footnoteReference":
      case "endnoteReference":
        refuse((name.startsWith("foot") ? "a footnote" : "an endnote") + ", whose text would not be"
            + " read; move the note's text into the paragraph and delete the note");
        return true;
      case "ins":
      case "del":
      case "moveFrom":
      case "moveTo":
      case "moveFromRangeStart":
      case "moveToRangeStart":
      case "delText":
      case "delInstrText":
        refuseTrackedChanges();
        return true;
      case "txbxContent":
        refuseTextBox();
        return true;
      case "object":
        refuse("an embedded object; replace it with its text");
        return true;
      case "drawing":
      case "pict":
        drawing(child);
        return true;
      default:
        return false;
    }
  }

  /** A drawing is a picture, skipped with a warning, unless it holds a text box. */
  private void drawing(Node child) {
    if (contains(child, "txbxContent")) {
      refuseTextBox();
    } else {
      picture = true;
    }
  }

  private void refuseTrackedChanges() {
    refuse("tracked changes; accept or reject the tracked changes in Word (Review → Accept → Accept All"
        + " Changes) and save again");
  }

  private void refuseTextBox() {
    refuse("a text box or shape with text; move its text into the paragraphs of the document");
  }

  private final StringBuilder code = new StringBuilder();

  private void fieldChar(String type) {
    switch (type) {
      case "begin":
        fields.push(new boolean[] {true, false});
        code.setLength(0);
        break;
      case "separate":
        if (!fields.isEmpty()) {
          fields.peek()[0] = false;
          fieldAllowed(code.toString());
        }
        break;
      case "end":
        if (!fields.isEmpty()) {
          boolean[] field = fields.pop();
          if (field[0]) {
            // A field without a shown result: its code decides.
            fieldAllowed(code.toString());
          }
        }
        break;
      default:
        break;
    }
  }

  /** Page numbers and hyperlinks show text Word need not compute from elsewhere; others do. */
  private boolean fieldAllowed(String instruction) {
    String kind = instruction.strip().split("\\s+")[0].toUpperCase(Locale.ROOT);
    if (kind.equals("PAGE") || kind.equals("NUMPAGES") || kind.equals("SECTIONPAGES")
        || kind.equals("HYPERLINK") || kind.isEmpty()) {
      return true;
    }
    refuse("a field (" + kind + ") whose text Word computes; turn it into plain text (select it"
        + " and press Ctrl+Shift+F9) and save again");
    return false;
  }

  private void append(String value, boolean bold) {
    if (!fields.isEmpty() && fields.peek()[0]) {
      return;
    }
    text.append(value);
    if (bold && !boldRunBroken) {
      boldPrefix = text.length();
    } else if (!value.isBlank()) {
      boldRunBroken = true;
    }
  }

  private void refuse(String why) {
    if (refusal == null) {
      refusal = why;
    }
  }

  /** Bold set on the run itself, else by its character style. */
  private boolean isBold(Element run) {
    for (Node child = run.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (W.equals(child.getNamespaceURI()) && "rPr".equals(child.getLocalName())) {
        String style = null;
        for (Node p = child.getFirstChild(); p != null; p = p.getNextSibling()) {
          if (W.equals(p.getNamespaceURI()) && "b".equals(p.getLocalName())) {
            return isOn(((Element) p).getAttributeNS(W, "val"));
          }
          if (W.equals(p.getNamespaceURI()) && "rStyle".equals(p.getLocalName())) {
            style = ((Element) p).getAttributeNS(W, "val");
          }
        }
        return style != null && boldStyle.test(style);
      }
    }
    return false;
  }

  static boolean isOn(String value) {
    return value.isEmpty() || value.equals("true") || value.equals("1") || value.equals("on");
  }

  /** The text below a node; XmlBeans' DOM has no {@code getTextContent} (DOM level 3). */
  private static String textOf(Node node) {
    StringBuilder text = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      } else if (child.getNodeType() == Node.ELEMENT_NODE) {
        text.append(textOf(child));
      }
    }
    return text.toString();
  }

  private static boolean contains(Node node, String localName) {
    if (localName.equals(node.getLocalName())) {
      return true;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE && contains(child, localName)) {
        return true;
      }
    }
    return false;
  }
}

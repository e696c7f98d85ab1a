package io.github.rusdialog.read;

import java.util.List;

/** Why no reader takes a source, in the words of what it is, and what to do instead. */
final class Refusals {
  private static final String SOURCES = "give a meeting summary (.txt, .md, .docx), a workbook rusdialog"
      + " exported (.xlsx) or a rusdialog JSON file (.json)";

  private Refusals() {}

  static String of(DialogueSource source, List<String> readers) {
    switch (source.kind()) {
      case EMPTY:
        return "is empty; " + SOURCES;
      case WORD:
        return missing(source, "rusdialog-import-docx", "Word summaries");
      case EXCEL:
        return missing(source, "rusdialog-export-excel", "workbooks");
      case JSON:
        return missing(source, "rusdialog-export-json", "rusdialog JSON");
      case TEXT:
        // Only Markdown is left: plain text is always read.
        return missing(source, "rusdialog-import-markdown", "Markdown summaries as CommonMark");
      case ENCRYPTED:
        return "is password-protected, so its content cannot be read; remove the password (in Word or"
            + " Excel: File → Info → Protect → Encrypt with Password, leave it empty) and save again";
      case OLD_OFFICE:
        return "is " + source.kind().description() + ", which rusdialog does not read; open it in Word or"
            + " Excel and save it as .docx or .xlsx";
      case OPENDOCUMENT:
        return "is " + source.kind().description() + ", which rusdialog does not read; save it as a Word"
            + " document (.docx) or an Excel workbook (.xlsx)";
      case PDF:
        return "is a PDF document, which rusdialog does not read; give the Word document or text the"
            + " summary was written in, or copy the PDF's text into a .txt file";
      case UTF16:
        return "is " + source.kind().description() + "; save it as UTF-8 (in Notepad: Save as, Encoding"
            + " UTF-8)";
      case HTML:
        return "is an HTML page, not a meeting summary; save the page's text as .txt, or " + SOURCES;
      case ZIP:
        return "is a zip archive but not a Word document or an Excel workbook, or a damaged one; "
            + SOURCES;
      case XML:
        return "is an XML document, not a meeting summary; " + SOURCES;
      default:
        return "is " + source.kind().description() + ", not a meeting summary; " + SOURCES;
    }
  }

  private static String missing(DialogueSource source, String artifact, String what) {
    return "is " + source.kind().description() + (source.kind() == DialogueSource.Kind.TEXT ? " in Markdown" : "")
        + "; reading " + what + " needs " + artifact + " on the class path";
  }
}

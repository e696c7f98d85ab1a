package io.github.rusdialog.read;

import java.util.List;

/** Why no reader takes an input, in the words of what the input is, and what to do instead. */
final class Refusals {
  private static final String INPUTS = "give a meeting summary (.txt, .md, .docx), a workbook rusdialog"
      + " exported (.xlsx) or a rusdialog JSON file (.json)";

  private Refusals() {}

  static String of(Input input, List<String> readers) {
    switch (input.kind()) {
      case EMPTY:
        return "is empty; " + INPUTS;
      case WORD:
        return missing(input, "rusdialog-import-docx", "Word summaries");
      case EXCEL:
        return missing(input, "rusdialog-export-excel", "workbooks");
      case JSON:
        return missing(input, "rusdialog-export-json", "rusdialog JSON");
      case TEXT:
        // Only Markdown is left: plain text is always read.
        return missing(input, "rusdialog-import-markdown", "Markdown summaries as CommonMark");
      case OLD_OFFICE:
        return "is " + input.kind().description() + ", which rusdialog does not read; open it in Word or"
            + " Excel and save it as .docx or .xlsx";
      case OPENDOCUMENT:
        return "is " + input.kind().description() + ", which rusdialog does not read; save it as a Word"
            + " document (.docx) or an Excel workbook (.xlsx)";
      case PDF:
        return "is a PDF document, which rusdialog does not read; give the Word document or text the"
            + " summary was written in, or copy the PDF's text into a .txt file";
      case UTF16:
        return "is " + input.kind().description() + "; save it as UTF-8 (in Notepad: Save as, Encoding"
            + " UTF-8)";
      case HTML:
        return "is an HTML page, not a meeting summary; save the page's text as .txt, or " + INPUTS;
      case ZIP:
        return "is a zip archive but not a Word document or an Excel workbook, or a damaged one; "
            + INPUTS;
      case XML:
        return "is an XML document, not a meeting summary; " + INPUTS;
      default:
        return "is " + input.kind().description() + ", not a meeting summary; " + INPUTS;
    }
  }

  private static String missing(Input input, String artifact, String what) {
    return "is " + input.kind().description() + (input.kind() == Input.Kind.TEXT ? " in Markdown" : "")
        + "; reading " + what + " needs " + artifact + " on the class path";
  }
}

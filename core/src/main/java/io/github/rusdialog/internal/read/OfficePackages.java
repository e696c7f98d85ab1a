package io.github.rusdialog.internal.read;

import java.util.Locale;

/**
 * Why Apache POI could not open an Office Open XML file, in words for the official who gave it:
 * what the file is and what to do in Word or Excel. POI's own message names its classes and its
 * bug tracker ({@code Strict OOXML isn't currently supported, please see bug #57699}); it stays in
 * the exception's cause, for a developer, and never reaches the message.
 *
 * <p>POI reports these only by message text, so they are matched on it; {@code DocxBadFileTest}
 * and {@code WorkbookEditTest} fail when a POI upgrade changes a message matched here.
 */
public final class OfficePackages {
  private OfficePackages() {}

  /** An Office application and the file type it saves summaries as. */
  public enum Application {
    /** Word, saving .docx. */
    WORD("Word", "Word Document (.docx)"),
    /** Excel, saving .xlsx. */
    EXCEL("Excel", "Excel Workbook (.xlsx)");

    final String name;
    final String fileType;

    Application(String name, String fileType) {
      this.name = name;
      this.fileType = fileType;
    }
  }

  /**
   * {@return the problem, starting "is …" to follow the file's name, for a failure to open}
   *
   * @param failure what POI threw, with its causes
   * @param application the application that writes such files
   */
  public static String problem(Throwable failure, Application application) {
    String again = "open it in " + application.name + " and save it again as " + application.fileType;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
      if (text.contains("strict ooxml")) {
        return strictOpenXml(application);
      }
      if (text.contains("no valid entries") || text.contains("not a valid ooxml")) {
        return "is not an Office Open XML file (a zip archive with the parts of an Office document); " + again;
      }
      if (text.contains("zip bomb") || text.contains("max entry size") || text.contains("maxentrysize")
          || text.contains("text size")) {
        return "looks like a zip bomb: a part of it expands far beyond its compressed size or past the size"
            + " limits, so it is not read; " + again;
      }
      if (text.contains("doctype")) {
        return "holds a DOCTYPE declaration, which " + application.name + " never writes and rusdialog does not"
            + " read, for safety; " + again;
      }
      if (text.contains("content type")) {
        return "is damaged: its list of parts ([Content_Types].xml) is missing or cannot be read; " + again;
      }
      if (cause instanceof java.util.zip.ZipException || text.contains("zip")) {
        return "is a damaged zip archive, so not a readable " + application.fileType + "; " + again;
      }
    }
    return "is damaged, or was not written as " + application.name + " writes it; " + again;
  }

  /**
   * {@return the problem of a file saved as Strict Open XML (ISO/IEC 29500 Strict), which POI
   * cannot read}
   *
   * @param application the application that writes such files
   */
  public static String strictOpenXml(Application application) {
    return "is saved as Strict Open XML, which rusdialog cannot read; in " + application.name + " choose File →"
        + " Save As and the type " + application.fileType + ", not Strict Open XML";
  }
}

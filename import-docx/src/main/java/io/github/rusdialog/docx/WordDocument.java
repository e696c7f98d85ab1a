package io.github.rusdialog.docx;

import io.github.rusdialog.internal.read.OfficePackages;
import io.github.rusdialog.model.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens the bytes of a Word document, or says in words what else they are: a Word 97–2003 file,
 * a password-protected file, a zip bomb, another Office file, not a zip at all.
 */
final class WordDocument implements Closeable {
  private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String WORD_MACRO = "application/vnd.ms-word.document.macroEnabled.main+xml";
  private static final String WORD_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml";

  final XWPFDocument document;

  private WordDocument(XWPFDocument document) {
    this.document = document;
  }

  static WordDocument open(byte[] bytes, String source) throws InvalidInputException {
    if (bytes.length == 0) {
      throw error(source, "is not a Word document (.docx): it is not a zip file (it is empty); save the"
          + " summary from Word as .docx");
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw new InvalidInputException(source, 0, 0, null, OfficePackages.problem(e, OfficePackages.Application.WORD), e);
    }
    if (magic == FileMagic.OLE2) {
      throw error(source, isEncrypted(bytes)
          ? "is password-protected; remove the password in Word (File → Info → Protect Document →"
              + " Encrypt with Password, empty) and save again"
          : "is a Word 97–2003 document (.doc), not .docx; open it in Word and save it as Word"
              + " Document (.docx)");
    }
    if (magic != FileMagic.OOXML) {
      throw error(source, "is not a Word document (.docx): it is not a zip file; save the summary from"
          + " Word as .docx");
    }
    OPCPackage pack = null;
    try {
      pack = OPCPackage.open(new ByteArrayInputStream(bytes));
      if (pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).isEmpty()
          && !pack.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).isEmpty()) {
        throw error(source, OfficePackages.strictOpenXml(OfficePackages.Application.WORD));
      }
      String type = mainContentType(pack);
      if (!WORD_MAIN.equals(type) && !WORD_MACRO.equals(type) && !WORD_TEMPLATE.equals(type)) {
        throw error(source, "is a zip file but not a Word document (its main part is "
            + (type == null ? "missing" : type) + "); save the summary from Word as .docx");
      }
      return new WordDocument(new XWPFDocument(pack));
    } catch (InvalidInputException e) {
      closeQuietly(pack);
      throw e;
    } catch (IOException | InvalidFormatException | POIXMLException | OpenXML4JRuntimeException
        | IllegalArgumentException | IllegalStateException e) {
      // POI reports a broken package with any of these (NotOfficeXmlFileException and
      // EncryptedDocumentException are among the runtime ones).
      closeQuietly(pack);
      throw new InvalidInputException(source, 0, 0, null, OfficePackages.problem(e, OfficePackages.Application.WORD), e);
    }
  }

  private static String mainContentType(OPCPackage pack) {
    var relations = pack.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (relations.isEmpty()) {
      return null;
    }
    PackagePart part = pack.getPart(relations.getRelationship(0));
    return part == null ? null : part.getContentType();
  }

  private static boolean isEncrypted(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static InvalidInputException error(String source, String problem) {
    return new InvalidInputException(source, 0, 0, null, problem);
  }

  private static void closeQuietly(OPCPackage pack) {
    if (pack != null) {
      pack.revert();
    }
  }

  @Override
  public void close() throws IOException {
    // Opened from bytes: nothing to write back, so revert instead of close (which would save).
    document.getPackage().revert();
  }
}

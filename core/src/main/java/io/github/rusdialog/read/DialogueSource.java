package io.github.rusdialog.read;

import io.github.rusdialog.internal.read.TextDecoding;
import io.github.rusdialog.model.InvalidArgumentException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One file or stream to be read, held in memory, with what its content is: the bytes that {@link
 * DialogueReaders} has checked against the size limit, the name messages give it, its file
 * extension and its {@link Kind}. Readers {@linkplain DialogueReader#match grade} from this how
 * well a source fits them. Immutable.
 *
 * <p>"Source", not "input": in rusdialog an input is what a meeting's participants said (a
 * priority, an opportunity, a challenge), never a file.
 *
 * @since 0.2.0
 */
public final class DialogueSource {
  /** What a source's content is, judged from its bytes alone, whatever its name says. */
  public enum Kind {
    /** No bytes, or only white space. */
    EMPTY("an empty file"),
    /** Text in UTF-8 (with or without a byte-order mark) that is none of the kinds below. */
    TEXT("text"),
    /** Text that starts like JSON: an object or an array. */
    JSON("JSON"),
    /** An HTML page. */
    HTML("an HTML page"),
    /** XML other than HTML, such as a Maven pom or an SVG image. */
    XML("an XML document"),
    /** A Word document (.docx, Office Open XML). */
    WORD("a Word document"),
    /** An Excel workbook (.xlsx, Office Open XML). */
    EXCEL("an Excel workbook"),
    /** An OpenDocument file (.odt, .ods) from LibreOffice or OpenOffice. */
    OPENDOCUMENT("an OpenDocument file (LibreOffice)"),
    /** A zip archive of any other kind. */
    ZIP("a zip archive"),
    /** A password-protected Word document or Excel workbook (encrypted, so no longer a zip archive). */
    ENCRYPTED("a password-protected Office document"),
    /** An Office file in the old binary format (.doc, .xls). */
    OLD_OFFICE("an Office document in the old binary format (.doc or .xls)"),
    /** A PDF document. */
    PDF("a PDF document"),
    /** A PNG, JPEG, GIF or WebP image. */
    IMAGE("an image"),
    /** Text in UTF-32, or in UTF-16 without a byte-order mark. */
    UTF16("text in UTF-16 or UTF-32 without a byte-order mark"),
    /** Bytes that are not text. */
    BINARY("a binary file");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** {@return what the kind is, in words for a message: "a Word document"} */
    public String description() {
      return description;
    }
  }

  private final String name;
  private final byte[] bytes;
  private final Kind kind;

  private DialogueSource(String name, byte[] bytes) {
    this.name = name;
    this.bytes = bytes;
    this.kind = kindOf(bytes);
  }

  /**
   * {@return a source of a copy of these bytes, for a reader's own tests and for applications that
   * grade a source themselves}
   *
   * @param name the source's name in messages, usually the file name as given
   * @param bytes the content
   */
  public static DialogueSource of(String name, byte[] bytes) {
    InvalidArgumentException.requireNonNull(name, "name");
    return new DialogueSource(name, InvalidArgumentException.requireNonNull(bytes, "bytes").clone());
  }

  /** A source that keeps these bytes, which the caller does not change afterwards. */
  static DialogueSource wrap(String name, byte[] bytes) {
    return new DialogueSource(name, bytes);
  }

  /** {@return the source's name in messages, such as the file name as given} */
  public String name() {
    return name;
  }

  /** {@return the file extension of the name, lower case without the dot, or "" without one} */
  public String extension() {
    String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    int dot = file.lastIndexOf('.');
    return dot <= 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** {@return what the content is} */
  public Kind kind() {
    return kind;
  }

  /** {@return the size in bytes} */
  public int size() {
    return bytes.length;
  }

  /** The content as text, decoded as the readers decode it; for text sources. */
  String text() {
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    return decoded == null ? new String(bytes, StandardCharsets.UTF_8) : decoded.text();
  }

  /** {@return a new stream of the content} */
  public InputStream openStream() {
    return new ByteArrayInputStream(bytes);
  }

  private static Kind kindOf(byte[] b) {
    if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
      return zipKind(b);
    }
    if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return hasEncryptedPackage(b) ? Kind.ENCRYPTED : Kind.OLD_OFFICE;
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Kind.PDF;
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 'G', 'I', 'F', '8')
        || startsWith(b, 'R', 'I', 'F', 'F') && b.length > 12 && b[8] == 'W' && b[9] == 'E' && b[10] == 'B') {
      return Kind.IMAGE;
    }
    if (startsWith(b, 0, 0, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0, 0)) {
      return Kind.UTF16;
    }
    if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) {
      // UTF-16 with its byte-order mark is text as the readers decode it: judged by its characters.
      String text = new String(b, StandardCharsets.UTF_16);
      return kindOf(text.replace("\uFEFF", "").getBytes(StandardCharsets.UTF_8));
    }
    int start = startsWith(b, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    int scan = Math.min(b.length, 8192);
    int zeros = 0;
    for (int i = start; i < scan; i++) {
      zeros += b[i] == 0 ? 1 : 0;
    }
    if (zeros > 0) {
      // UTF-16 without a byte-order mark has a zero byte beside every ASCII letter: about half.
      return zeros * 3 >= scan - start ? Kind.UTF16 : Kind.BINARY;
    }
    while (start < b.length && (b[start] == ' ' || b[start] == '\t' || b[start] == '\n' || b[start] == '\r')) {
      start++;
    }
    if (start == b.length) {
      return Kind.EMPTY;
    }
    if (b[start] == '{' || b[start] == '[') {
      return Kind.JSON;
    }
    if (b[start] == '<') {
      return markupKind(new String(b, start, Math.min(b.length - start, 4096), StandardCharsets.UTF_8));
    }
    return Kind.TEXT;
  }

  /**
   * Text that starts with "<": an XML declaration, or a first element that declares a namespace
   * (a pom, an SVG image), is XML; a first element {@code <html>} or an HTML doctype is a page.
   * Anything else is text: Markdown may begin with an HTML comment, a {@code <div>} or a
   * {@code <script>}, and the Markdown reader says what it makes of them.
   */
  private static Kind markupKind(String head) {
    String rest = head.toLowerCase(Locale.ROOT);
    if (rest.startsWith("<?xml")) {
      return Kind.XML;
    }
    while (rest.startsWith("<!--") && rest.indexOf("-->") > 0) {
      rest = rest.substring(rest.indexOf("-->") + 3).stripLeading();
    }
    if (rest.startsWith("<!doctype html") || rest.startsWith("<html")) {
      return Kind.HTML;
    }
    int tagEnd = rest.indexOf('>');
    String tag = tagEnd < 0 ? rest : rest.substring(0, tagEnd);
    return tag.startsWith("<") && tag.contains(" xmlns") ? Kind.XML : Kind.TEXT;
  }

  /**
   * Whether a compound file (the container of .doc and .xls) holds a stream named
   * "EncryptedPackage": that is how Office stores a password-protected .docx or .xlsx. The name is
   * looked for where the format puts it, in a 128-byte directory entry (UTF-16 name, its length in
   * bytes at offset 64, type 2 for a stream), so a .doc that merely mentions the word is no match.
   */
  private static boolean hasEncryptedPackage(byte[] b) {
    byte[] name = "EncryptedPackage\0".getBytes(StandardCharsets.UTF_16LE);
    int sectorSize = b.length > 31 ? 1 << (b[30] & 0xFF) : 512;
    if (sectorSize != 512 && sectorSize != 4096) {
      return false;
    }
    for (int entry = sectorSize; entry + 128 <= b.length; entry += 128) {
      if (int16(b, entry + 64) == name.length && b[entry + 66] == 2 && regionEquals(b, entry, name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean regionEquals(byte[] b, int at, byte[] expected) {
    for (int i = 0; i < expected.length; i++) {
      if (b[at + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /** Office Open XML and OpenDocument files are zip archives, told apart by their entries. */
  private static Kind zipKind(byte[] b) {
    for (String entry : zipEntryNames(b)) {
      if (entry.equals("word/document.xml")) {
        return Kind.WORD;
      }
      if (entry.equals("xl/workbook.xml")) {
        return Kind.EXCEL;
      }
      if (entry.equals("mimetype") || entry.equals("content.xml")) {
        return Kind.OPENDOCUMENT;
      }
    }
    return Kind.ZIP;
  }

  /**
   * The names in the archive's central directory, the index at its end that every zip reader
   * trusts. Reading the entries from the front instead (ZipInputStream) fails on stored entries
   * with data descriptors, which Apache POI writes. Empty for a damaged archive.
   */
  private static List<String> zipEntryNames(byte[] b) {
    List<String> names = new ArrayList<>();
    // The end record is 22 bytes plus a comment of at most 65,535.
    for (int end = b.length - 22; end >= Math.max(0, b.length - 22 - 65_535); end--) {
      if (int32(b, end) != 0x06054b50) {
        continue;
      }
      long entries = int16(b, end + 10);
      long at = int32(b, end + 16) & 0xFFFFFFFFL;
      for (long i = 0; i < entries && at + 46 <= b.length && int32(b, (int) at) == 0x02014b50; i++) {
        int nameLength = int16(b, (int) at + 28);
        int skip = nameLength + int16(b, (int) at + 30) + int16(b, (int) at + 32);
        if (at + 46 + nameLength > b.length) {
          break;
        }
        names.add(new String(b, (int) at + 46, nameLength, StandardCharsets.UTF_8));
        at += 46 + skip;
      }
      return names;
    }
    return names;
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

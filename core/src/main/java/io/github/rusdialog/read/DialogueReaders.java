package io.github.rusdialog.read;

import io.github.rusdialog.internal.read.TextProvider;
import io.github.rusdialog.internal.services.Providers;
import io.github.rusdialog.internal.texts.PersonalDataScanner;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.privacy.PersonalDataFinding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads inputs of every kind rusdialog understands into one dialogue: summaries in text (always),
 * Markdown ({@code rusdialog-import-markdown}), Word ({@code rusdialog-import-docx}), workbooks
 * rusdialog wrote ({@code rusdialog-export-excel}) and rusdialog JSON ({@code
 * rusdialog-export-json}) — whichever of these modules are on the path.
 * <pre>{@code
 * ReadResult result = DialogueReaders.load().read(Path.of("bolagsdagen-2024-03-13.docx"));
 * result.warnings().forEach(System.err::println);
 * Dialogue dialogue = result.dialogue();
 * }</pre>
 *
 * <p>Each source goes to the reader that {@linkplain DialogueReader#match matches} it most
 * strongly; readers grade by content first, name second, so a Word document named {@code .txt}
 * is read as Word (two readers equally strong: the first by id). A source no reader takes is
 * refused for what it is ("… is an XML document, not a meeting summary", "… is a Word document;
 * reading Word summaries needs rusdialog-import-docx on the class path"), and so is a source above
 * {@link ReadOptions#maxBytes() the size limit}. Several inputs are merged as {@link
 * Dialogue#combine} does; one meeting in two files is an error naming both. Errors are {@link
 * InvalidInputException}s naming the input and the place. Immutable and thread-safe.
 *
 * @since 0.2.0
 */
public final class DialogueReaders {
  private final List<DialogueReader> readers;
  private final List<String> problems;

  private DialogueReaders(List<DialogueReader> readers, List<String> problems) {
    this.readers = List.copyOf(readers);
    this.problems = List.copyOf(problems);
  }

  /** {@return the readers visible to the thread's context class loader, and the text reader} */
  public static DialogueReaders load() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(loader != null ? loader : DialogueReaders.class.getClassLoader());
  }

  /**
   * {@return the readers visible to {@code loader}, and the text reader}
   *
   * @param loader the class loader whose {@code META-INF/services} and module providers count
   */
  public static DialogueReaders load(ClassLoader loader) {
    InvalidArgumentException.requireNonNull(loader, "loader");
    List<String> problems = new ArrayList<>();
    List<DialogueReader> found = Providers.load(DialogueReader.class, loader, problems);
    return of(found, problems);
  }

  /**
   * {@return exactly these readers and the text reader, for applications that wire readers by hand}
   *
   * @param readers the readers; their ids must be unique and not {@code text}
   */
  public static DialogueReaders of(Collection<? extends DialogueReader> readers) {
    InvalidArgumentException.requireNonNull(readers, "readers");
    return of(readers, List.of());
  }

  private static DialogueReaders of(Collection<? extends DialogueReader> readers, List<String> problems) {
    Map<String, DialogueReader> byId = new TreeMap<>();
    TextProvider text = new TextProvider();
    byId.put(text.id(), text);
    for (DialogueReader reader : readers) {
      DialogueReader other = byId.putIfAbsent(InvalidArgumentException.requireNonNull(reader, "reader").id(), reader);
      if (other != null) {
        throw new InvalidArgumentException("Two readers have the id '" + reader.id() + "': "
            + other.getClass().getName() + " and " + reader.getClass().getName()
            + "; remove one of them from the class path");
      }
    }
    return new DialogueReaders(new ArrayList<>(byId.values()), problems);
  }

  /** {@return the readers, sorted by id; the text reader among them} */
  public List<DialogueReader> readers() {
    return readers;
  }

  /** {@return the ids of the readers, sorted} */
  public List<String> ids() {
    return readers.stream().map(DialogueReader::id).toList();
  }

  /** {@return why readers listed on the class path could not be loaded; empty when all loaded} */
  public List<String> problems() {
    return problems;
  }

  /**
   * Reads files with the default options.
   *
   * @param files the inputs, at least one
   * @return the merged dialogue and every input's warnings
   * @throws InvalidInputException naming the file and place of the first problem
   * @throws IOException if a file cannot be read
   */
  public ReadResult read(Path... files) throws IOException {
    InvalidArgumentException.requireNonNull(files, "files");
    // Arrays.asList, not List.of: a null file is refused by name below, not by List.of's bare NPE.
    return read(java.util.Arrays.asList(files), ReadOptions.defaults());
  }

  /**
   * Reads files and merges them into one dialogue.
   *
   * @param files the inputs, at least one, in the order their names and organisers take precedence
   * @param options how to read them
   * @return the merged dialogue and every input's warnings
   * @throws InvalidInputException naming the file and place of the first problem
   * @throws IOException if a file cannot be read
   */
  public ReadResult read(List<Path> files, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(files, "files");
    InvalidArgumentException.requireNonNull(options, "options");
    if (files.isEmpty()) {
      throw new InvalidArgumentException("files must not be empty: give at least one file");
    }
    List<Dialogue> parts = new ArrayList<>();
    List<ReadWarning> warnings = new ArrayList<>();
    for (Path file : files) {
      ReadResult one = read(load(InvalidArgumentException.requireNonNull(file, "file"), options), options);
      parts.add(one.dialogue());
      warnings.addAll(one.warnings());
    }
    return ReadResult.of(combine(parts, files.stream().map(Path::toString).toList(), options), warnings);
  }

  /**
   * Reads one source from a stream, which is left open.
   *
   * @param in the source's bytes
   * @param name the source's name in messages, with the extension that tells Markdown from text
   * @param options how to read it
   * @return the dialogue and the warnings
   * @throws InvalidInputException naming the source and the place of the problem
   * @throws IOException if reading fails
   */
  public ReadResult read(InputStream in, String name, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(name, "name");
    InvalidArgumentException.requireNonNull(options, "options");
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
    if (bytes.length > options.maxBytes()) {
      throw tooLarge(name, -1, options);
    }
    ReadResult one = read(DialogueSource.wrap(name, bytes), options);
    return ReadResult.of(combine(List.of(one.dialogue()), List.of(name), options), one.warnings());
  }

  private ReadResult read(DialogueSource source, ReadOptions options) throws IOException {
    DialogueReader reader = readerFor(source);
    ReadResult result;
    try {
      result = reader.read(source, options);
    } catch (ModelValidationException e) {
      throw new InvalidInputException(source.name(), 0, 0, null, e.getMessage());
    }
    List<ReadWarning> personal = personalData(source, result.dialogue());
    if (!personal.isEmpty()) {
      List<ReadWarning> all = new ArrayList<>(result.warnings());
      all.addAll(personal);
      result = ReadResult.of(result.dialogue(), all);
    }
    if (options.strict() && !result.warnings().isEmpty()) {
      throw result.warnings().get(0).toError();
    }
    return result;
  }

  /**
   * A warning for each piece of personal data the source's dialogue holds, at the line of a text
   * source that holds it as written, else at its place in the dialogue.
   */
  private static List<ReadWarning> personalData(DialogueSource source, Dialogue dialogue) {
    List<PersonalDataScanner.Found> found = PersonalDataScanner.scan(dialogue);
    if (found.isEmpty()) {
      return List.of();
    }
    List<String> lines = source.kind() == DialogueSource.Kind.TEXT ? source.text().lines().toList() : List.of();
    List<ReadWarning> warnings = new ArrayList<>();
    for (PersonalDataScanner.Found one : found) {
      PersonalDataFinding finding = one.finding();
      String message = finding.kind().withArticle() + " (" + finding.masked() + ") in " + finding.place()
          + ": a published report (PDF, web page) refuses personal data; remove it, or allow it to be published"
          + " (--allow-personal-data)";
      int line = 0;
      for (int i = 0; i < lines.size() && line == 0; i++) {
        if (lines.get(i).contains(one.written())) {
          line = i + 1;
        }
      }
      warnings.add(line > 0 ? ReadWarning.atLine(source.name(), line, message)
          : ReadWarning.of(source.name(), "", message));
    }
    return warnings;
  }

  private DialogueReader readerFor(DialogueSource source) throws InvalidInputException {
    // Sorted by id, and max keeps the first of equals: a tie goes to the first reader by id.
    DialogueReader best = null;
    MatchStrength strongest = MatchStrength.NO_MATCH;
    for (DialogueReader reader : readers) {
      MatchStrength strength = reader.match(source);
      if (strength.compareTo(strongest) > 0) {
        best = reader;
        strongest = strength;
      }
    }
    if (best == null) {
      throw new InvalidInputException(source.name(), 0, 0, null, Refusals.of(source, ids()));
    }
    return best;
  }

  private static DialogueSource load(Path file, ReadOptions options) throws IOException {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(name, 0, 0, null, "is a folder, not a file");
    }
    try {
      long size = Files.size(file);
      if (size > options.maxBytes()) {
        throw tooLarge(name, size, options);
      }
      return DialogueSource.wrap(name, Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(name, 0, 0, null, "no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(name, 0, 0, null, "cannot be read: permission denied");
    }
  }

  private static InvalidInputException tooLarge(String name, long size, ReadOptions options) {
    return new InvalidInputException(name, 0, 0, null, (size < 0 ? "is larger than" : "is " + readable(size)
        + ", more than") + " the limit of " + readable(options.maxBytes()) + " for one input; a meeting summary is"
        + " a few kilobytes, so check that this is the file you meant. To read it anyway, raise the"
        + " limit (ReadOptions.withMaxBytes, --max-size on the command line)");
  }

  /** A size in the unit that shows it: "10 bytes", "15.3 kB", "32.0 MB". */
  static String readable(long bytes) {
    if (bytes < 1_000) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    if (bytes < 1_000_000) {
      return String.format(java.util.Locale.ROOT, "%.1f kB", bytes / 1_000.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
  }

  private static final Pattern PART = Pattern.compile("parts\\[(\\d+)\\]");

  /** Merges the inputs' dialogues, naming the inputs (not "parts[1]") when they clash. */
  private static Dialogue combine(List<Dialogue> parts, List<String> names, ReadOptions options)
      throws InvalidInputException {
    Dialogue combined;
    try {
      combined = Dialogue.combine(parts);
    } catch (ModelValidationException e) {
      Matcher part = PART.matcher(e.field());
      if (part.find()) {
        String message = PART.matcher(e.problem()).replaceAll(m -> Matcher.quoteReplacement(
            names.get(Integer.parseInt(m.group(1)))));
        throw new InvalidInputException(names.get(Integer.parseInt(part.group(1))), 0, 0, null,
            e.field().replaceFirst("^parts\\[\\d+\\]\\.", "") + ": " + message);
      }
      throw new InvalidInputException(String.join(", ", names), 0, 0, null, e.getMessage());
    }
    if (combined.name().isPresent() && combined.organiser().isPresent()
        || options.name().isEmpty() && options.organiser().isEmpty()) {
      return combined;
    }
    return Dialogue.builder().from(combined).name(combined.name().or(options::name))
        .organiser(combined.organiser().or(options::organiser)).build();
  }
}

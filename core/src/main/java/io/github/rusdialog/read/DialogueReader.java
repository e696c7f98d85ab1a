package io.github.rusdialog.read;

import java.io.IOException;
import java.util.List;

/**
 * Reads one kind of source into a dialogue: the service interface that reader modules implement
 * and {@link DialogueReaders} finds with {@link java.util.ServiceLoader}, as exporters are found.
 * Applications read through {@link DialogueReaders}, not through readers directly.
 *
 * <p>A reader grades each source ({@link #match}) by its content ({@link DialogueSource#kind()})
 * and by its name only where content cannot tell (Markdown and plain text are both text); the
 * strongest match reads it. Implementations are stateless and thread-safe, have a public
 * no-argument constructor and are listed in {@code
 * META-INF/services/io.github.rusdialog.read.DialogueReader} and in their module's {@code provides};
 * the class need not be in an exported package.
 *
 * @since 0.2.0
 */
public interface DialogueReader {
  /** {@return the reader's id, lower case: {@code text}, {@code markdown}, {@code docx}, {@code xlsx}, {@code json}} */
  String id();

  /** {@return the file extensions of the reader's sources, lower case without the dot} */
  List<String> fileExtensions();

  /**
   * {@return how well {@code source} fits this reader; {@link MatchStrength#NO_MATCH} when it is not
   * this reader's}
   *
   * @param source the source, with its kind of content and its name
   */
  MatchStrength match(DialogueSource source);

  /**
   * Reads the source.
   *
   * @param source a source this reader {@linkplain #match matches}
   * @param options the options; strictness is applied by {@link DialogueReaders} to the warnings
   *     returned, the other options are the reader's to follow
   * @return the dialogue and the warnings, each with its place
   * @throws io.github.rusdialog.model.InvalidInputException if the source cannot be read as it is,
   *     naming the place and what to change
   * @throws IOException if reading fails
   */
  ReadResult read(DialogueSource source, ReadOptions options) throws IOException;
}

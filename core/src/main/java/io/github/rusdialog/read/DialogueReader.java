package io.github.rusdialog.read;

import java.io.IOException;
import java.util.List;

/**
 * Reads one kind of input into a dialogue: the service interface that input modules implement and
 * {@link DialogueReaders} finds with {@link java.util.ServiceLoader}, as exporters are found.
 * Applications read through {@link DialogueReaders}, not through readers directly.
 *
 * <p>A reader claims inputs by their content ({@link Input#kind()}), and by extension only where
 * content cannot tell (Markdown and plain text are both text). Implementations are stateless and
 * thread-safe, have a public no-argument constructor and are listed in {@code
 * META-INF/services/io.github.rusdialog.read.DialogueReader} and in their module's {@code provides}.
 *
 * @since 0.2.0
 */
public interface DialogueReader {
  /** {@return the reader's id, lower case: {@code text}, {@code markdown}, {@code docx}, {@code xlsx}, {@code json}} */
  String id();

  /** {@return the file extensions of the reader's inputs, lower case without the dot} */
  List<String> fileExtensions();

  /**
   * {@return whether {@code input} is this reader's to read}
   *
   * @param input the input, with its kind of content and its name
   */
  boolean reads(Input input);

  /**
   * Reads the input.
   *
   * @param input an input this reader {@link #reads(Input) reads}
   * @param options the options; strictness is applied by {@link DialogueReaders} to the warnings
   *     returned, the other options are the reader's to follow
   * @return the dialogue and the warnings, each with its place
   * @throws io.github.rusdialog.model.InvalidInputException if the input cannot be read as it is,
   *     naming the place and what to change
   * @throws IOException if reading fails
   */
  ReadResult read(Input input, ReadOptions options) throws IOException;
}

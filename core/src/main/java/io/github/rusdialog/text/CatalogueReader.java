package io.github.rusdialog.text;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a region's strategic areas from a small text file, one area per line as {@code id:
 * title}; blank lines and lines starting with {@code #} are ignored:
 * <pre>
 * # Region Exempelläns RUS 2030
 * green-transition: Grön omställning och hållbar energi
 * places: Attraktiva livsmiljöer i hela länet
 * </pre>
 * Ids are lower-case letters, digits and single hyphens; ids and titles must be unique. Errors
 * name file and line. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CatalogueReader {
  private CatalogueReader() {}

  /**
   * Reads the catalogue in {@code file} (UTF-8).
   *
   * @param file the catalogue file; messages name it as given
   * @return the catalogue, in the file's order
   *
   * @throws InvalidInputException naming file and line if a line is not {@code id: title}, an id is
   *     invalid, or an id or title is used twice
   * @throws IOException if the file cannot be read
   */
  public static StrategicAreaCatalogue read(Path file) throws IOException {
    InvalidArgumentException.requireNonNull(file, "file");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(file.toString(), 0, 0, null, "is not UTF-8 text; save it as UTF-8");
    }
    return read(text, file.toString());
  }

  /**
   * Reads a catalogue from {@code text}.
   *
   * @param text one {@code id: title} per line; blank lines and {@code #} comments are skipped
   * @param sourceName the name messages give the input
   * @return the catalogue, in the text's order
   * @throws InvalidInputException naming the line if it is not {@code id: title}, an id is
   *     invalid, or an id or title is used twice
   */
  public static StrategicAreaCatalogue read(String text, String sourceName) throws InvalidInputException {
    InvalidArgumentException.requireNonNull(text, "text");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<StrategicArea> areas = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String[] rows = text.split("\r?\n", -1);
    for (int i = 0; i < rows.length; i++) {
      String row = Line.strip(rows[i]);
      if (row.isEmpty() || row.startsWith("#")) {
        continue;
      }
      int colon = row.indexOf(':');
      if (colon < 0) {
        throw new InvalidInputException(sourceName, i + 1, 0, null, "\"" + row + "\" is not an area;"
            + " write one area per line as \"id: title\", e.g. \"skills: Väl fungerande kompetensförsörjning\"");
      }
      String id = Line.strip(row.substring(0, colon));
      String title = Line.strip(row.substring(colon + 1));
      try {
        areas.add(StrategicArea.of(id, title));
      } catch (ModelValidationException e) {
        throw new InvalidInputException(sourceName, i + 1, 0, null, e.getMessage());
      }
      lines.add(i + 1);
    }
    if (areas.isEmpty()) {
      throw new InvalidInputException(sourceName, 0, 0, null, "holds no strategic areas; write one per"
          + " line as \"id: title\"");
    }
    try {
      return StrategicAreaCatalogue.of(areas);
    } catch (ModelValidationException e) {
      // The catalogue names the area by index ("[2].title: … is used twice"); give the line instead.
      int index = Integer.parseInt(e.field().replaceAll("^\\[(\\d+)\\].*$", "$1"));
      String field = e.field().replaceFirst("^\\[\\d+\\]\\.", "");
      throw new InvalidInputException(sourceName, lines.get(index), 0, null, field + ": " + e.problem());
    }
  }
}

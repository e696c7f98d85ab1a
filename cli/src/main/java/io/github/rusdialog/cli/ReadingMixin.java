package io.github.rusdialog.cli;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.text.CatalogueReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The command-line options that say how inputs are read (--areas, --name, --organiser, --strict,
 * --max-size, --responses), shared by every command that reads, and turned into the library's
 * {@link ReadOptions}.
 */
final class ReadingMixin {
  @Option(names = "--areas", paramLabel = "FILE",
      description = "Another region's strategic areas, one 'id: title' per line (default: Region"
          + " Norrbotten's four). Summaries' headings are matched against them.")
  Path areas;

  @Option(names = "--name", paramLabel = "NAME",
      description = "The dialogue's name where no input gives one, e.g. \"RUS-dialogen\".")
  String name;

  @Option(names = "--organiser", paramLabel = "ORGANISER",
      description = "Who holds the dialogue where no input says, e.g. \"Region Norrbotten\".")
  String organiser;

  @Option(names = "--strict", description = "Treat warnings (a meeting without participants,"
      + " priorities or areas, …) as errors: exit 1.")
  boolean strict;

  /** The catalogue summaries are read against. */
  StrategicAreaCatalogue catalogue() throws IOException {
    if (areas == null) {
      return StrategicAreaCatalogue.norrbotten();
    }
    try {
      return CatalogueReader.read(areas);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(areas.toString(), 0, 0, null, "no such file (given with --areas)");
    }
  }

  @Option(names = "--responses", paramLabel = "FILE",
      description = "Carry the region's responses over from this answered workbook or JSON file onto the"
          + " inputs read again (a corrected summary, say): each answer goes to its input by meeting, place and"
          + " text. Answers carried to a changed text, and answers that find no input, are warned about.")
  Path responses;

  @Option(names = "--max-size", paramLabel = "MB",
      description = "The largest input read, in megabytes (default: 32). Larger files are refused:"
          + " a summary is a few kilobytes.")
  Integer maxSizeMegabytes;

  /** The options as the library's reader takes them. */
  ReadOptions toLibraryOptions() throws IOException {
    requireValid();
    ReadOptions options = ReadOptions.defaults()
        .withStrict(strict).withCatalogue(catalogue());
    if (maxSizeMegabytes != null) {
      if (maxSizeMegabytes < 1) {
        throw new UsageException("--max-size must be at least 1 (megabytes): " + maxSizeMegabytes);
      }
      options = options.withMaxBytes(maxSizeMegabytes * 1_000_000L);
    }
    if (name != null) {
      options = options.withName(name);
    }
    return organiser == null ? options : options.withOrganiser(organiser);
  }

  void requireValid() {
    if (name != null && name.isBlank()) {
      throw new UsageException("--name must not be blank");
    }
    if (organiser != null && organiser.isBlank()) {
      throw new UsageException("--organiser must not be blank");
    }
  }
}

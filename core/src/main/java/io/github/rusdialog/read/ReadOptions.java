package io.github.rusdialog.read;

import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.Objects;
import java.util.Optional;

/**
 * How inputs are read: strictness, the size limit, the strategic areas summaries are read
 * against, and the dialogue's name and organiser where no input gives them. Immutable; each
 * {@code with…} method returns a changed copy.
 * <pre>{@code
 * ReadOptions options = ReadOptions.defaults().withStrict(true).withName("RUS-dialogen 2024");
 * }</pre>
 *
 * @since 0.2.0
 */
public final class ReadOptions {
  /**
   * The default size limit, 32 MB (32,000,000 bytes) per input. A meeting summary is a few kilobytes, a workbook of
   * a hundred meetings well under a megabyte; what is larger is most likely the wrong file, and
   * reading it would only end in an export that runs out of memory.
   */
  public static final long DEFAULT_MAX_BYTES = 32_000_000;

  private static final ReadOptions DEFAULTS =
      new ReadOptions(false, DEFAULT_MAX_BYTES, StrategicAreaCatalogue.norrbotten(), null, null);

  private final boolean strict;
  private final long maxBytes;
  private final StrategicAreaCatalogue catalogue;
  private final String name;
  private final String organiser;

  private ReadOptions(boolean strict, long maxBytes, StrategicAreaCatalogue catalogue, String name,
      String organiser) {
    this.strict = strict;
    this.maxBytes = maxBytes;
    this.catalogue = catalogue;
    this.name = name;
    this.organiser = organiser;
  }

  /** {@return the defaults: lenient, 32 MB, Region Norrbotten's strategic areas, no name or organiser} */
  public static ReadOptions defaults() {
    return DEFAULTS;
  }

  /** {@return whether warnings are errors} */
  public boolean strict() {
    return strict;
  }

  /** {@return the largest input read, in bytes} */
  public long maxBytes() {
    return maxBytes;
  }

  /** {@return the strategic areas summaries are read against} */
  public StrategicAreaCatalogue catalogue() {
    return catalogue;
  }

  /** {@return the dialogue's name where no input gives one} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return who holds the dialogue where no input says} */
  public Optional<String> organiser() {
    return Optional.ofNullable(organiser);
  }

  /**
   * {@return a copy that makes every warning an error (or not)}
   *
   * @param strict whether warnings are errors
   */
  public ReadOptions withStrict(boolean strict) {
    return new ReadOptions(strict, maxBytes, catalogue, name, organiser);
  }

  /**
   * {@return a copy that refuses inputs larger than {@code bytes}}
   *
   * @param bytes the largest input read, at least 1
   * @throws InvalidReadOptionException if {@code bytes} is less than 1
   */
  public ReadOptions withMaxBytes(long bytes) {
    if (bytes < 1) {
      throw new InvalidReadOptionException("maxBytes must be at least 1: " + bytes);
    }
    return new ReadOptions(strict, bytes, catalogue, name, organiser);
  }

  /**
   * {@return a copy that reads summaries against these strategic areas}
   *
   * @param catalogue the region's strategic areas
   * @throws InvalidReadOptionException if {@code catalogue} is null
   */
  public ReadOptions withCatalogue(StrategicAreaCatalogue catalogue) {
    return new ReadOptions(strict, maxBytes, required(catalogue, "catalogue"), name, organiser);
  }

  /**
   * {@return a copy that names the dialogue where no input does}
   *
   * @param name the dialogue's name, such as "RUS-dialogen 2024"
   * @throws InvalidReadOptionException if {@code name} is null or blank
   */
  public ReadOptions withName(String name) {
    return new ReadOptions(strict, maxBytes, catalogue, text(name, "name"), organiser);
  }

  /**
   * {@return a copy that gives the organiser where no input does}
   *
   * @param organiser who holds the dialogue, such as "Region Norrbotten"
   * @throws InvalidReadOptionException if {@code organiser} is null or blank
   */
  public ReadOptions withOrganiser(String organiser) {
    return new ReadOptions(strict, maxBytes, catalogue, name, text(organiser, "organiser"));
  }

  private static <T> T required(T value, String what) {
    if (value == null) {
      throw new InvalidReadOptionException(what + " must not be null");
    }
    return value;
  }

  private static String text(String value, String what) {
    if (required(value, what).isBlank()) {
      throw new InvalidReadOptionException(what + " must not be blank");
    }
    return value;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReadOptions)) {
      return false;
    }
    ReadOptions that = (ReadOptions) other;
    return strict == that.strict && maxBytes == that.maxBytes && catalogue.equals(that.catalogue)
        && Objects.equals(name, that.name) && Objects.equals(organiser, that.organiser);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strict, maxBytes, catalogue, name, organiser);
  }

  @Override
  public String toString() {
    return "ReadOptions[strict=" + strict + ", maxBytes=" + maxBytes + ", catalogue=" + catalogue.areas().size()
        + " areas, name=" + name + ", organiser=" + organiser + "]";
  }
}

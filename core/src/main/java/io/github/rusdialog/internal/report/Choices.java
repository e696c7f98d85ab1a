package io.github.rusdialog.internal.report;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.InvalidSettingException;
import java.util.List;
import java.util.Locale;

/** Reads an exporter setting that takes one of a few words, such as {@code pdf.report} = full or feedback. */
public final class Choices {
  private Choices() {}

  /**
   * {@return the setting's word, trimmed and in lower case, or {@code values[0]} when it is not set}
   *
   * @param options the export's options
   * @param key the setting's key, e.g. {@code pdf.report}
   * @param noun what a value is, in the error: "'x' is not a <em>report</em>"
   * @param values the words the setting takes, the default first
   * @throws InvalidSettingException naming the setting, the value and the words it takes
   */
  public static String of(ExportOptions options, String key, String noun, String... values) {
    String value = options.setting(key).orElse(values[0]).strip().toLowerCase(Locale.ROOT);
    if (List.of(values).contains(value)) {
      return value;
    }
    String last = values[values.length - 1];
    String others = String.join(", ", List.of(values).subList(0, values.length - 1));
    throw new InvalidSettingException("Setting " + key + ": '" + value + "' is not a " + noun + "; use "
        + others + " or " + last);
  }
}

package io.github.rusdialog.internal.report;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.export.InvalidSettingException;

/**
 * Reads an exporter setting that takes one of a few words, such as {@code pdf.report} = full or
 * feedback: the words are the ones the setting declares ({@link ExporterSetting#allowedValues()}),
 * which {@link ExporterSetting#requireKnown} has checked the value against.
 */
public final class Choices {
  private Choices() {}

  /**
   * {@return the setting's word, trimmed and in lower case, or its default when it is not set}
   *
   * @param options the export's options
   * @param setting the setting, with its allowed values
   * @throws InvalidSettingException naming the setting, the value and the words it takes
   */
  public static String of(ExportOptions options, ExporterSetting setting) {
    return setting.requireAllowed(options.setting(setting.key()).orElse(setting.defaultValue()));
  }
}

package io.github.rusdialog.cli;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.privacy.PersonalData;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --allow-personal-data} switch of the commands that write reports: without it, a
 * dialogue holding personal data is refused by every format that says it publishes, before
 * anything is written.
 */
final class PublishingOption {
  @Option(names = "--allow-personal-data",
      description = "Publish personal data found in the summaries (personal identity numbers, e-mail addresses,"
          + " mobile numbers) in the PDF and the web page; without it they are refused. Read docs/privacy.md first.")
  boolean allowPersonalData;

  /** Refuses, before a byte is written, a dialogue with personal data if any of the formats publishes. */
  void requirePublishable(List<Exporter> exporters, Dialogue dialogue, ExportOptions options) {
    if (exporters.stream().anyMatch(Exporter::publishes)) {
      PersonalData.requirePublishable(dialogue, options);
    }
  }
}

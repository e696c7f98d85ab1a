package io.github.rusdialog.benchmarks;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import java.time.Instant;

/** The dialogues benchmarks write: the seed meeting, and synthetic dialogues of a given size. */
public final class Workloads {
  /** Items (opportunities, challenges, insights) per generated meeting: 10,000 meetings make 500,000. */
  public static final int ITEMS_PER_MEETING = 50;

  /** Options with a fixed instant, as in the reproducible exports. */
  public static final ExportOptions OPTIONS =
      ExportOptions.builder().generatedAt(Instant.parse("2024-06-01T12:00:00Z")).build();

  private Workloads() {}

  /** A synthetic dialogue of {@code meetings} meetings, {@value #ITEMS_PER_MEETING} items each. */
  public static Dialogue generated(int meetings) {
    return DialogueGenerator.withSeed(20240313).meetings(meetings).itemsPerMeeting(ITEMS_PER_MEETING).generate();
  }
}

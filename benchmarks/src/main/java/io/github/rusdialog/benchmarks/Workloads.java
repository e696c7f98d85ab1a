package io.github.rusdialog.benchmarks;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import java.time.Instant;

/** The dialogues benchmarks write: the seed meeting, and synthetic dialogues of a given size. */
public final class Workloads {
  /** Items (opportunities, challenges, insights) per generated meeting: 10,000 meetings make 500,000. */
  public static final int ITEMS_PER_MEETING = 50;

  /**
   * Options with a fixed instant, 2024-06-01T12:00:00Z, as in the reproducible exports. The instant
   * is built from its epoch second, not parsed: a first-call benchmark initialises this class inside
   * its measured call, and java.time's parser (about 6 ms to load) is the fixture's cost, not the
   * library's.
   */
  public static final ExportOptions OPTIONS =
      ExportOptions.builder().generatedAt(Instant.ofEpochSecond(1_717_243_200L)).build();

  private Workloads() {}

  /** A synthetic dialogue of {@code meetings} meetings, {@value #ITEMS_PER_MEETING} items each. */
  public static Dialogue generated(int meetings) {
    return DialogueGenerator.withSeed(20240313).meetings(meetings).itemsPerMeeting(ITEMS_PER_MEETING).generate();
  }
}

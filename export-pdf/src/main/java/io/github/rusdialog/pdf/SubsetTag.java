package io.github.rusdialog.pdf;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.util.SplittableRandom;

/**
 * The source OpenPDF draws a font subset's six-letter tag from ({@code ABCDEF+LiberationSans}),
 * giving the same six letters for every document, on every thread. OpenPDF asks a font's {@code
 * SecureRandom} for six {@link #nextDouble()} values per embedded subset; with fonts shared by all
 * documents, a real random source would make each file, and a seeded one the order of exports,
 * decide the tag. Here the six values are fixed per font, derived from its name, and each thread
 * steps through them on its own.
 *
 * <p>It is a {@code SecureRandom} only because OpenPDF takes one: its engine is a deterministic
 * stream from the font's name, and it never draws from the JDK's random sources.
 */
final class SubsetTag extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private static final int LETTERS = 6;

  private final double[] values = new double[LETTERS];
  private final transient ThreadLocal<int[]> next = new ThreadLocal<>() {
    @Override
    protected int[] initialValue() {
      return new int[1];
    }
  };

  SubsetTag(String fontName) {
    this(seed(fontName));
  }

  private SubsetTag(long seed) {
    super(new FixedEngine(seed), null);
    SplittableRandom letters = new SplittableRandom(seed);
    for (int i = 0; i < LETTERS; i++) {
      values[i] = letters.nextDouble();
    }
  }

  private static long seed(String fontName) {
    long seed = 0;
    for (byte b : fontName.getBytes(StandardCharsets.US_ASCII)) {
      seed = seed * 31 + b;
    }
    return seed;
  }

  @Override
  public double nextDouble() {
    int[] position = next.get();
    double value = values[position[0]];
    position[0] = (position[0] + 1) % LETTERS;
    return value;
  }

  /**
   * The engine behind the {@code SecureRandom} methods OpenPDF does not call: a deterministic
   * stream from the font's name, so that even those give the same values in every run.
   */
  private static final class FixedEngine extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;

    private final SplittableRandom values;

    FixedEngine(long seed) {
      this.values = new SplittableRandom(seed);
    }

    @Override
    protected void engineSetSeed(byte[] seed) {
      // The values are fixed by the font's name; a seed would make them depend on the caller.
    }

    @Override
    protected synchronized void engineNextBytes(byte[] bytes) {
      values.nextBytes(bytes);
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      byte[] seed = new byte[numBytes];
      engineNextBytes(seed);
      return seed;
    }
  }
}

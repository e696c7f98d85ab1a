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
 * <p>It is a {@code SecureRandom} only because OpenPDF takes one: it is built on an inert engine
 * and never draws from the JDK's random sources, which it has no use for.
 */
final class SubsetTag extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private static final int LETTERS = 6;

  private final double[] values = new double[LETTERS];
  private final transient ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

  SubsetTag(String fontName) {
    super(new InertEngine(), null);
    long seed = 0;
    for (byte b : fontName.getBytes(StandardCharsets.US_ASCII)) {
      seed = seed * 31 + b;
    }
    SplittableRandom letters = new SplittableRandom(seed);
    for (int i = 0; i < LETTERS; i++) {
      values[i] = letters.nextDouble();
    }
  }

  @Override
  public double nextDouble() {
    int[] position = next.get();
    double value = values[position[0]];
    position[0] = (position[0] + 1) % LETTERS;
    return value;
  }

  /** An engine that is never asked for bytes: OpenPDF only calls {@link #nextDouble()}. */
  private static final class InertEngine extends SecureRandomSpi {
    private static final long serialVersionUID = 1L;

    @Override
    protected void engineSetSeed(byte[] seed) {
      throw new UnsupportedOperationException("a subset tag is not seeded");
    }

    @Override
    protected void engineNextBytes(byte[] bytes) {
      throw new UnsupportedOperationException("a subset tag gives only its six letters");
    }

    @Override
    protected byte[] engineGenerateSeed(int numBytes) {
      throw new UnsupportedOperationException("a subset tag has no seed");
    }
  }
}

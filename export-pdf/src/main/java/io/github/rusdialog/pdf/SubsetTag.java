package io.github.rusdialog.pdf;

import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The source OpenPDF draws a font subset's six-letter tag from ({@code ABCDEF+LiberationSans}),
 * giving the same six letters for every document, on every thread. OpenPDF asks a font's {@code
 * SecureRandom} for six {@link #nextDouble()} values per embedded subset; with fonts shared by all
 * documents, a real random source would make each file, and with a seeded one the order of
 * exports, decide the tag. Here the six values are fixed per font (from a SHA1PRNG seeded with the
 * font's name, as each document's own fonts had before they were shared), and each thread steps
 * through them on its own.
 */
final class SubsetTag extends SecureRandom {
  private static final long serialVersionUID = 1L;
  private static final int LETTERS = 6;

  private final double[] values = new double[LETTERS];
  private final transient ThreadLocal<int[]> next = ThreadLocal.withInitial(() -> new int[1]);

  SubsetTag(String fontName) {
    try {
      SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
      seeded.setSeed(fontName.getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < LETTERS; i++) {
        values[i] = seeded.nextDouble();
      }
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA1PRNG", e);
    }
  }

  @Override
  public double nextDouble() {
    int[] position = next.get();
    double value = values[position[0]];
    position[0] = (position[0] + 1) % LETTERS;
    return value;
  }
}

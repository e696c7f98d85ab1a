package io.github.rusdialog.benchmarks;

import java.io.OutputStream;

/** Discards what is written and counts it, so that benchmarks measure writing, not the disk. */
public final class CountingOutputStream extends OutputStream {
  private long count;

  @Override
  public void write(int b) {
    count++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    count += len;
  }

  /** The number of bytes written. */
  public long count() {
    return count;
  }
}

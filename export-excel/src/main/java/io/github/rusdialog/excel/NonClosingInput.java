package io.github.rusdialog.excel;

import java.io.FilterInputStream;
import java.io.InputStream;

/** Keeps Apache POI from closing a caller's stream, which the caller owns. */
final class NonClosingInput extends FilterInputStream {
  NonClosingInput(InputStream in) {
    super(in);
  }

  @Override
  public void close() {
    // The caller closes its stream.
  }
}

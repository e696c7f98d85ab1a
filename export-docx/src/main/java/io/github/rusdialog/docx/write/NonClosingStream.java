package io.github.rusdialog.docx.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Shields the caller's stream from libraries that close what they write to. */
final class NonClosingStream extends FilterOutputStream {
  NonClosingStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}

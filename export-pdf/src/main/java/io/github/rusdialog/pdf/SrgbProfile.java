package io.github.rusdialog.pdf;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An ICC version 2 display profile of sRGB (IEC 61966-2-1), built from the standard's published
 * numbers: the primaries adapted to the D50 connection space and the sRGB tone curve as a
 * 1,024-entry table. PDF/A's output intent must embed such a profile. Java's own ({@code
 * ICC_Profile.getInstance(CS_sRGB)}) would do, but reading it starts the JDK's colour management
 * library, about 12 ms of an application's first PDF; these 2 KB are computed once instead.
 */
final class SrgbProfile {
  private static final byte[] BYTES = build();

  private SrgbProfile() {}

  /** {@return the profile's bytes; callers must not change them} */
  static byte[] bytes() {
    return BYTES;
  }

  private static byte[] build() {
    byte[] description = textDescription("sRGB IEC61966-2.1");
    byte[] copyright = text("No copyright, use freely");
    byte[] white = xyz(0.9642, 1.0, 0.8249);
    byte[] red = xyz(0.4360747, 0.2225045, 0.0139322);
    byte[] green = xyz(0.3850649, 0.7168786, 0.0971045);
    byte[] blue = xyz(0.1430804, 0.0606169, 0.7141733);
    byte[] curve = toneCurve();
    String[] signatures = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
    byte[][] data = {description, copyright, white, red, green, blue, curve, curve, curve};
    int tableEnd = 128 + 4 + 12 * signatures.length;
    int[] offsets = new int[signatures.length];
    int next = tableEnd;
    for (int i = 0; i < signatures.length; i++) {
      if (i > 0 && data[i] == data[i - 1]) {
        offsets[i] = offsets[i - 1];
        continue;
      }
      offsets[i] = next;
      next = align(next + data[i].length);
    }
    int size = next;
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(size);
      DataOutputStream out = new DataOutputStream(bytes);
      header(out, size);
      out.writeInt(signatures.length);
      for (int i = 0; i < signatures.length; i++) {
        out.write(signatures[i].getBytes(StandardCharsets.US_ASCII));
        out.writeInt(offsets[i]);
        out.writeInt(data[i].length);
      }
      for (int i = 0; i < signatures.length; i++) {
        if (i > 0 && data[i] == data[i - 1]) {
          continue;
        }
        out.write(data[i]);
        for (int pad = data[i].length; pad % 4 != 0; pad++) {
          out.write(0);
        }
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
  }

  private static void header(DataOutputStream out, int size) throws IOException {
    out.writeInt(size);
    out.writeInt(0); // preferred CMM: none
    out.writeInt(0x02100000); // version 2.1
    out.write("mntrRGB XYZ ".getBytes(StandardCharsets.US_ASCII));
    // Creation date, fixed so that every document embeds the same bytes: 1999-01-01 00:00:00.
    out.writeShort(1999);
    out.writeShort(1);
    out.writeShort(1);
    out.writeShort(0);
    out.writeShort(0);
    out.writeShort(0);
    out.write("acsp".getBytes(StandardCharsets.US_ASCII));
    out.write(new byte[24]); // platform, flags, manufacturer, model, attributes
    out.writeInt(0); // rendering intent: perceptual
    writeXyz(out, 0.9642, 1.0, 0.8249); // the PCS illuminant, D50
    out.writeInt(0); // creator
    out.write(new byte[44]); // profile id (version 4 only) and reserved
  }

  private static byte[] textDescription(String ascii) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write("desc".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(0);
      out.writeInt(ascii.length() + 1);
      out.write(ascii.getBytes(StandardCharsets.US_ASCII));
      out.write(0);
      out.writeInt(0); // Unicode language
      out.writeInt(0); // Unicode count
      out.writeShort(0); // ScriptCode code
      out.write(0); // ScriptCode count
      out.write(new byte[67]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] text(String ascii) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write("text".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(0);
      out.write(ascii.getBytes(StandardCharsets.US_ASCII));
      out.write(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static byte[] xyz(double x, double y, double z) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write("XYZ ".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(0);
      writeXyz(out, x, y, z);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The sRGB tone curve: linear below 0.04045, a 2.4 power above, in 1,024 steps. */
  private static byte[] toneCurve() {
    int entries = 1024;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write("curv".getBytes(StandardCharsets.US_ASCII));
      out.writeInt(0);
      out.writeInt(entries);
      for (int i = 0; i < entries; i++) {
        double v = i / (double) (entries - 1);
        double linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        out.writeShort((int) Math.round(linear * 65535));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeXyz(DataOutputStream out, double x, double y, double z) throws IOException {
    out.writeInt(s15Fixed16(x));
    out.writeInt(s15Fixed16(y));
    out.writeInt(s15Fixed16(z));
  }

  private static int s15Fixed16(double value) {
    return (int) Math.round(value * 65536);
  }

  private static int align(int offset) {
    return (offset + 3) & ~3;
  }
}

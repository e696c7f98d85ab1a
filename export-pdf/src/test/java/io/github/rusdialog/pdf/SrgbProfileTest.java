package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.rusdialog.testkit.SampleMeetings;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The sRGB profile built for the output intent is a valid ICC profile that colour management reads
 * as sRGB: colours convert to the connection space as through Java's own sRGB profile.
 */
class SrgbProfileTest {
  @Test
  void isReadAsAnRgbDisplayProfileThatConvertsLikeJavasSrgb() {
    ICC_Profile ours = ICC_Profile.getInstance(SrgbProfile.bytes());
    assertThat(ours.getColorSpaceType()).isEqualTo(ColorSpace.TYPE_RGB);
    assertThat(ours.getProfileClass()).isEqualTo(ICC_Profile.CLASS_DISPLAY);
    assertThat(ours.getMajorVersion()).isEqualTo(2);
    ICC_ColorSpace converted = new ICC_ColorSpace(ours);
    ColorSpace javas = ColorSpace.getInstance(ColorSpace.CS_sRGB);
    float[][] colours = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 1}, {0.5f, 0.5f, 0.5f}, {0.04f, 0.6f, 0.9f},
        {0.043f, 0.239f, 0.42f}};
    for (float[] colour : colours) {
      float[] expected = javas.toCIEXYZ(colour);
      float[] actual = converted.toCIEXYZ(colour);
      for (int i = 0; i < 3; i++) {
        assertThat(actual[i]).as("component %d of %s", i, java.util.Arrays.toString(colour))
            .isCloseTo(expected[i], within(0.01f));
      }
    }
  }

  @Test
  void isTheOutputIntentOfEveryDocument() throws IOException {
    try (PDDocument pdf = Pdfs.load(Pdfs.export(SampleMeetings.seedDialogue()))) {
      COSArray intents = (COSArray) pdf.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTPUT_INTENTS);
      assertThat(intents.size()).isEqualTo(1);
      COSDictionary intent = (COSDictionary) intents.getObject(0);
      assertThat(intent.getCOSName(COSName.S).getName()).isEqualTo("GTS_PDFA1");
      assertThat(intent.getString(COSName.INFO)).isEqualTo("sRGB IEC61966-2.1");
      COSStream profile = (COSStream) intent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
      assertThat(profile.getInt(COSName.N)).isEqualTo(3);
      try (var in = profile.createInputStream()) {
        assertThat(in.readAllBytes()).isEqualTo(SrgbProfile.bytes());
      }
    }
  }
}

package io.github.rusdialog.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The marker Word shows before each list paragraph, computed as Word does from the numbering
 * definitions: the level's format and start value, counters shared by the list instances of one
 * definition, a start override restarting them where its instance is first used, and a level's
 * counter restarting when a shallower level advances. Paragraphs must be given in document order; one instance per document.
 */
final class ListNumbering {
  /** What a paragraph shows: nothing, a bullet (or a letter, a roman numeral), or a number. */
  static final class Marker {
    static final Marker NONE = new Marker(false, 0, 0);
    static final Marker BULLET = new Marker(true, 0, 0);

    final boolean listItem;
    /** The list level, 0 for the outermost: 1 or more is a sub-point of the item above. */
    final int level;
    /** The decimal number shown, or 0 for bullets and other formats. */
    final int number;

    private Marker(boolean listItem, int number, int level) {
      this.listItem = listItem;
      this.number = number;
      this.level = level;
    }

    Marker atLevel(int level) {
      return level == this.level ? this : new Marker(listItem, number, level);
    }
  }

  private static final int LEVELS = 9;

  private final XWPFDocument document;
  private final XWPFNumbering numbering;
  /** Counters per abstract definition. */
  private final Map<String, int[]> counters = new HashMap<>();
  /** The list instances and levels whose start override has been applied: "numId/level". */
  private final java.util.Set<String> overridden = new java.util.HashSet<>();

  ListNumbering(XWPFDocument document) {
    this.document = document;
    this.numbering = document.getNumbering();
  }

  Marker next(XWPFParagraph paragraph) {
    CTNumPr numPr = numPr(paragraph);
    if (numPr == null || numPr.getNumId() == null || numbering == null) {
      return Marker.NONE;
    }
    BigInteger numId = numPr.getNumId().getVal();
    int level = numPr.getIlvl() == null || numPr.getIlvl().getVal() == null ? 0
        : numPr.getIlvl().getVal().intValue();
    if (numId == null || numId.signum() == 0) {
      // numId 0 switches numbering off for a paragraph whose style has it.
      return Marker.NONE;
    }
    XWPFNum num = numbering.getNum(numId);
    if (num == null || num.getCTNum().getAbstractNumId() == null
        || num.getCTNum().getAbstractNumId().getVal() == null) {
      return Marker.BULLET.atLevel(Math.max(0, level));
    }
    BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
    XWPFAbstractNum abstractNum = numbering.getAbstractNum(abstractId);
    CTLvl lvl = abstractNum == null ? null : level(abstractNum.getCTAbstractNum(), level);
    Integer startOverride = null;
    for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
      if (override.getIlvl() != null && override.getIlvl().intValue() == level) {
        if (override.getLvl() != null) {
          lvl = override.getLvl();
        }
        if (override.getStartOverride() != null && override.getStartOverride().getVal() != null) {
          startOverride = override.getStartOverride().getVal().intValue();
        }
      }
    }
    if (lvl == null || level < 0 || level >= LEVELS) {
      return Marker.BULLET.atLevel(Math.max(0, level));
    }
    String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null ? "decimal"
        : lvl.getNumFmt().getVal().toString();
    int start = startOverride != null ? startOverride
        : lvl.getStart() == null || lvl.getStart().getVal() == null ? 1 : lvl.getStart().getVal().intValue();
    // Word counts on the definition: every list instance of one abstract definition continues the
    // same counters, and an instance's start override restarts them where that instance is first
    // used at the level (LibreOffice writes a restarted list so: an instance with an override for
    // the first item, the plain instance for the rest).
    int[] count = counters.computeIfAbsent("abstract " + abstractId, k -> {
      int[] fresh = new int[LEVELS];
      java.util.Arrays.fill(fresh, Integer.MIN_VALUE);
      return fresh;
    });
    boolean restart = startOverride != null && overridden.add(numId + "/" + level);
    count[level] = count[level] == Integer.MIN_VALUE || restart ? start : count[level] + 1;
    for (int deeper = level + 1; deeper < LEVELS; deeper++) {
      count[deeper] = Integer.MIN_VALUE;
    }
    if (format.equals("decimal") || format.equals("decimalZero")) {
      return count[level] >= 1 ? new Marker(true, count[level], level) : Marker.BULLET.atLevel(level);
    }
    return format.equals("none") ? Marker.NONE : Marker.BULLET.atLevel(level);
  }

  private static CTLvl level(CTAbstractNum definition, int level) {
    for (CTLvl lvl : definition.getLvlArray()) {
      if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
        return lvl;
      }
    }
    return null;
  }

  /** The paragraph's own numbering, else its style's ("List Number" and the like). */
  private CTNumPr numPr(XWPFParagraph paragraph) {
    if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
      return paragraph.getCTP().getPPr().getNumPr();
    }
    String styleId = paragraph.getStyleID();
    for (int depth = 0; styleId != null && document.getStyles() != null && depth < 10; depth++) {
      XWPFStyle style = document.getStyles().getStyle(styleId);
      if (style == null) {
        return null;
      }
      CTPPrGeneral pPr = style.getCTStyle().getPPr();
      if (pPr != null && pPr.getNumPr() != null) {
        return pPr.getNumPr();
      }
      styleId = style.getBasisStyleID();
    }
    return null;
  }
}

package io.github.rusdialog.docx;

import static io.github.rusdialog.docx.TestDocuments.ACCESSIBILITY;
import static io.github.rusdialog.docx.TestDocuments.TITLE;
import static io.github.rusdialog.docx.TestDocuments.listItem;
import static io.github.rusdialog.docx.TestDocuments.p;
import static io.github.rusdialog.docx.TestDocuments.run;
import static io.github.rusdialog.docx.TestDocuments.styled;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 33: a Word list item one level deeper than the item above is a sub-point of it, which a
 * summary's one-level items cannot hold without a guess: refused naming the paragraph and what to
 * do in Word. A list that is deeper as a whole is read as it stands.
 */
class DocxNestingTest {
  @Test
  void aDeeperListItemUnderAnItemIsRefusedAtItsParagraph() {
    InvalidInputException e = DocxMappingTest.failure(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY),
        p("Möjligheter:"), listItem(7, run("Fler tåg:")), listItem(7, 1, run("till Kiruna"))).withBulletList(7));
    assertThat(e.path()).hasValueSatisfying(place -> assertThat(place).contains("\"till Kiruna\""));
    assertThat(e.problem()).contains("sub-point (list level 2)", "Decrease Indent");
  }

  @Test
  void aListDeeperAsAWholeIsReadAsItStands() throws Exception {
    var area = DocxMappingTest.read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"),
        listItem(7, 1, run("Fler tåg.")), listItem(7, 1, run("Bättre bussar."))).withBulletList(7))
        .meeting().areas().get(0);
    assertThat(area.opportunities()).extracting(AreaItem::text).containsExactly("Fler tåg.", "Bättre bussar.");
  }
}

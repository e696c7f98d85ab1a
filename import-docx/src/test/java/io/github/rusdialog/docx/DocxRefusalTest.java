package io.github.rusdialog.docx;

import static io.github.rusdialog.docx.DocxMappingTest.failure;
import static io.github.rusdialog.docx.DocxMappingTest.read;
import static io.github.rusdialog.docx.TestDocuments.ACCESSIBILITY;
import static io.github.rusdialog.docx.TestDocuments.TITLE;
import static io.github.rusdialog.docx.TestDocuments.p;
import static io.github.rusdialog.docx.TestDocuments.raw;
import static io.github.rusdialog.docx.TestDocuments.run;
import static io.github.rusdialog.docx.TestDocuments.styled;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryWarning;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What is not summary text never vanishes silently: it is refused at its paragraph, or warned of. */
class DocxRefusalTest {
  private static final String WP = "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";
  private static final String M = "xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\"";
  private static final String V = "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

  private static InvalidInputException refused(String paragraph) {
    return failure(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"), paragraph));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "footnote|<w:r><w:t>Tåg.</w:t></w:r><w:r><w:footnoteReference w:id='1'/></w:r>|holds a footnote, whose text would not be read",
    "endnote|<w:r><w:t>Tåg.</w:t></w:r><w:r><w:endnoteReference w:id='1'/></w:r>|holds an endnote, whose text would not be read",
    "insertion|<w:ins w:id='1' w:author='A'><w:r><w:t>Tåg.</w:t></w:r></w:ins>|holds tracked changes; accept or reject the tracked changes in Word",
    "deletion|<w:r><w:t>Tåg.</w:t></w:r><w:del w:id='1' w:author='A'><w:r><w:delText>Buss.</w:delText></w:r></w:del>|holds tracked changes",
    "text box|<w:r><w:t>Tåg.</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Dold</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>|holds a text box or shape with text",
    "object|<w:r><w:t>Tåg.</w:t></w:r><w:r><w:object/></w:r>|holds an embedded object",
    "date field|<w:r><w:t>Tåg </w:t></w:r><w:fldSimple w:instr=' DATE \\@ yyyy '><w:r><w:t>2024</w:t></w:r></w:fldSimple>|holds a field (DATE) whose text Word computes",
    "complex field|<w:r><w:fldChar w:fldCharType='begin'/></w:r><w:r><w:instrText> REF _Ref1 </w:instrText></w:r><w:r><w:fldChar w:fldCharType='separate'/></w:r><w:r><w:t>Tåg.</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>|holds a field (REF) whose text Word computes",
    "symbol|<w:r><w:t>Tåg </w:t></w:r><w:r><w:sym w:font='Wingdings' w:char='F04A'/></w:r>|holds a symbol inserted from a font",
    "equation|<w:r><w:t>Tåg </w:t></w:r><m:oMath><m:r><m:t>x</m:t></m:r></m:oMath>|holds an equation",
    "ruby|<w:r><w:t>Tåg till </w:t></w:r><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt>"
        + "<w:rubyBase><w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r>|holds a phonetic guide (ruby text",
    "date block|<w:r><w:t>Tåg </w:t><w:yearLong/></w:r>|holds a date Word fills in when the document is opened",
    "inserted paragraph mark|<w:pPr><w:rPr><w:ins w:id='1' w:author='A'/></w:rPr></w:pPr><w:r><w:t>Tåg.</w:t></w:r>"
        + "|holds tracked changes; accept or reject",
    "unknown element with text|<w:r><w:t>Tåg </w:t></w:r><w:futureThing><w:r><w:t>och buss.</w:t></w:r></w:futureThing>"
        + "|holds text in an element rusdialog does not read (w:futureThing)",
    "subdocument|<w:r><w:t>Tåg </w:t></w:r><w:subDoc r:id='rId9' xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'/>|holds a subdocument, whose text is in another file",
    "unknown element in a run|<w:r><w:t>Tåg </w:t><w:futureText><w:t>och buss.</w:t></w:futureText></w:r>"
        + "|holds text in an element rusdialog does not read (w:futureText)",
  })
  void refusesWhatIsNotSummaryTextAtItsParagraph(String what, String xml, String message) {
    InvalidInputException e = refused("<w:p " + TestDocuments.W + " " + M + " " + V + ">"
        + xml.replace('\'', '"') + "</w:p>");
    assertThat(e.getMessage()).as(what).startsWith("test.docx: paragraph 4 \"Tåg").contains("\": " + message);
    assertThat(e.path()).as(what).hasValueSatisfying(place -> assertThat(place).startsWith("paragraph 4 \""));
  }

  @Test
  void readsPastACommentWithAWarningQuotingIt() throws IOException {
    Summary summary = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"),
        raw("<w:commentRangeStart w:id=\"7\"/>" + run("Tåg.") + "<w:commentRangeEnd w:id=\"7\"/><w:r>"
            + "<w:commentReference w:id=\"7\"/></w:r>"))
        .withComment(7, "Stämmer detta? Kolla med Trafikverket innan vi skickar ut"));
    assertThat(DocxMappingTest.texts(summary.meeting().area("accessibility").orElseThrow().opportunities()))
        .containsExactly("Tåg.");
    assertThat(summary.warnings()).extracting(SummaryWarning::toString).contains(
        "test.docx: paragraph 4 \"Tåg.\": warning: a comment (\"Stämmer detta? Kolla med Trafikverket innan …\")"
            + " is not read: comments are remarks on the text, not text of the summary");
  }

  @Test
  void keepsTheShownTextOfPageNumberAndHyperlinkFields() throws IOException {
    Summary summary = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"),
        raw(run("Se ") + "<w:fldSimple w:instr=\" HYPERLINK &quot;https://example.org&quot; \">"
            + run("länken") + "</w:fldSimple>" + run(".")),
        raw("<w:hyperlink w:anchor=\"x\">" + run("Buss") + "</w:hyperlink>" + run("."))));
    assertThat(DocxMappingTest.texts(summary.meeting().area("accessibility").orElseThrow().opportunities()))
        .containsExactly("Se länken.", "Buss.");
  }

  @Test
  void skipsAPictureWithAWarningNamingItsParagraph() throws IOException {
    Summary summary = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"),
        raw(run("Tåg.") + "<w:r><w:drawing><wp:inline " + WP + "/></w:drawing></w:r>")));
    assertThat(summary.warnings()).extracting(SummaryWarning::toString).contains(
        "test.docx: paragraph 4 \"Tåg.\": warning: a picture is not read; if it holds text that belongs"
            + " to the summary, write the text in the document");
    assertThat(DocxMappingTest.texts(summary.meeting().area("accessibility").orElseThrow().opportunities()))
        .containsExactly("Tåg.");
  }

  @Test
  void doesNotReadPageHeadersAndFooters() throws IOException {
    byte[] docx;
    try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
        new java.io.ByteArrayInputStream(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY),
            p("Möjligheter:"), p("Tåg.")).bytes()))) {
      document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph()
          .createRun().setText("Region Norrbotten – internt");
      document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph()
          .createRun().setText("Sida 1");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      document.write(out);
      docx = out.toByteArray();
    }
    Summary summary = DocxSummaryReader.create().read(new java.io.ByteArrayInputStream(docx), "test.docx");
    assertThat(DocxMappingTest.texts(summary.meeting().area("accessibility").orElseThrow().opportunities()))
        .containsExactly("Tåg.");
    assertThat(summary.meeting().toString()).doesNotContain("internt", "Sida 1");
  }
}

package io.github.rusdialog.wordreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.docx.write.DocxExporter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.read.DialogueReaders;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.DialogueTexts;
import io.github.rusdialog.testkit.SampleMeetings;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in the programs officials edit it with: LibreOffice opens it (and converts it to a
 * PDF holding every text) and saves it again as a document that reads back as the same meetings;
 * python-docx opens every file of a matrix, an official's edit made with it — a text corrected,
 * an opportunity added, a priority reworded — reads back as exactly that edit, and the summary
 * template filled in with it reads as a meeting.
 *
 * <p>Without {@code soffice}, {@code pdftotext} or python-docx the tests are skipped, saying what to
 * install; on CI ({@code CI=true}) they fail instead, so the checks never pass by being skipped.
 */
class OtherProgramsTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");

  @TempDir
  Path folder;

  @Test
  void libreOfficeOpensTheReportShowsEveryTextAndSavesItAsTheSameMeetings() throws Exception {
    requireTool("soffice", "libreoffice-writer-nogui");
    requireTool("pdftotext", "poppler-utils");
    Dialogue dialogue = readExamples();
    Path docx = folder.resolve("rapport.docx");
    Files.write(docx, DocxRoundTripTest.export(dialogue, DocxRoundTripTest.OPTIONS));

    assertLibreOfficeShowsEveryText(List.of(docx), List.of(dialogue));

    soffice("docx:MS Word 2007 XML", "saved", List.of(docx));
    SummaryDocument back = DocxRoundTripTest.readBack(Files.readAllBytes(folder.resolve("saved/rapport.docx")),
        StrategicAreaCatalogue.norrbotten());
    assertThat(back.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(dialogue.meetings());
  }

  /**
   * Issue 35's first "done when": the seed and two summaries written for these tests, exported to
   * Word, open in python-docx with their title, language, real headings and lists, and in
   * LibreOffice with every text — and read back as the three meetings.
   */
  @Test
  void theSeedAndTwoUnseenSummariesOpenInPythonDocxAndLibreOfficeAndReadBack() throws Exception {
    requirePythonDocx();
    requireTool("soffice", "libreoffice-writer-nogui");
    requireTool("pdftotext", "poppler-utils");
    Dialogue dialogue = DialogueReaders.load().read(DocxRoundTripTest.EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"),
        DocxRoundTripTest.UNSEEN.resolve("kommundialog-kiruna-2024-05-08.txt"),
        DocxRoundTripTest.UNSEEN.resolve("ungdomsdialog-lulea-2024-10-02.md")).dialogue();
    Path docx = folder.resolve("rapport.docx");
    Files.write(docx, DocxRoundTripTest.export(dialogue, DocxRoundTripTest.OPTIONS));

    Path script = folder.resolve("look.py");
    Files.writeString(script, String.join("\n",
        "import sys, docx",
        "from docx.oxml.ns import qn",
        "d = docx.Document(sys.argv[1])",
        "print('title', d.core_properties.title)",
        "lang = d.styles.element.find(qn('w:docDefaults')).find(qn('w:rPrDefault')).find(qn('w:rPr')).find(qn('w:lang'))",
        "print('language', lang.get(qn('w:val')))",
        "for p in d.paragraphs:",
        "    name = p.style.name",
        "    numbered = p._p.pPr is not None and p._p.pPr.numPr is not None",
        "    if name.startswith('Heading') or name.startswith('List'):",
        "        print(name + ('/numbered' if numbered else ''), p.text)",
        ""), StandardCharsets.UTF_8);
    List<String> seen = run(folder, PYTHON.toString(), script.toString(), docx.toString()).lines().toList();
    assertThat(seen).contains("title " + dialogue.name().orElseThrow(), "language sv-SE",
        "Heading 1 Kommundialog Kiruna 8 maj 2024", "Heading 2 Mest prioriterade områden enligt deltagarna",
        "Heading 3 Möjligheter", "List Bullet/numbered Unga (6)",
        "List Number/numbered Kollektivtrafik: Fler turer kvällar och helger, även till kranskommunerna.");
    assertThat(seen).filteredOn(line -> line.startsWith("Heading 1 ")).hasSize(3);

    assertLibreOfficeShowsEveryText(List.of(docx), List.of(dialogue));
    SummaryDocument back = DocxRoundTripTest.readBack(Files.readAllBytes(docx), StrategicAreaCatalogue.norrbotten());
    assertThat(back.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(dialogue.meetings());
  }

  /**
   * LibreOffice opens every file of the matrix — the contract's shapes and the Unicode-heavy
   * meeting, full and as feedback — and its PDF of each shows every text of the dialogue.
   */
  @Test
  void libreOfficeConvertsEveryFileOfTheMatrixShowingEveryText() throws Exception {
    requireTool("soffice", "libreoffice-writer-nogui");
    requireTool("pdftotext", "poppler-utils");
    List<Dialogue> dialogues = matrixDialogues();
    List<Path> files = matrix(dialogues);
    List<Dialogue> shown = new ArrayList<>();
    for (Dialogue dialogue : dialogues) {
      shown.add(dialogue);
      shown.add(dialogue);
    }
    assertLibreOfficeShowsEveryText(files, shown);
  }

  /**
   * Has LibreOffice convert the documents to PDF in one run, and checks that the PDF of each shows
   * every text of its dialogue.
   */
  private void assertLibreOfficeShowsEveryText(List<Path> files, List<Dialogue> dialogues) throws Exception {
    soffice("pdf", "pdf", files);
    for (int i = 0; i < files.size(); i++) {
      String name = files.get(i).getFileName().toString().replace(".docx", "");
      Path text = folder.resolve(name + ".txt");
      run(folder, "pdftotext", "-enc", "UTF-8", folder.resolve("pdf").resolve(name + ".pdf").toString(), text.toString());
      String shown = bodyText(Files.readString(text, StandardCharsets.UTF_8), dialogues.get(i));
      for (String written : DialogueTexts.list(dialogues.get(i))) {
        String start = written.length() > 60 ? written.substring(0, 60) + "…" : written;
        assertThat(shown.contains(written.replaceAll("\\s+", ""))).as("LibreOffice's PDF of %s shows %s", name, start)
            .isTrue();
      }
    }
  }

  /** Converts the files with LibreOffice, headless, in a profile of the test's own, into a folder. */
  private void soffice(String convertTo, String outdir, List<Path> files) throws Exception {
    List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=file://" + folder.resolve("profile"),
        "--headless", "--convert-to", convertTo, "--outdir", folder.resolve(outdir).toString()));
    files.forEach(file -> command.add(file.toString()));
    run(folder, command.toArray(new String[0]));
  }

  @Test
  void pythonDocxOpensEveryFileOfTheMatrix() throws Exception {
    requirePythonDocx();
    List<Path> files = matrix(matrixDialogues());
    Path script = folder.resolve("open.py");
    Files.writeString(script, String.join("\n",
        "import sys, docx",
        "for name in sys.argv[1:]:",
        "    d = docx.Document(name)",
        "    text = '\\n'.join(p.text for p in d.paragraphs)",
        "    assert d.core_properties.title, name",
        "    print(name, len(d.paragraphs), len(d.tables), len(text))",
        ""));
    List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
    files.forEach(file -> command.add(file.toString()));
    String out = run(folder, command.toArray(new String[0]));
    assertThat(out.lines()).hasSize(files.size());
  }

  @Test
  void anOfficialsEditInPythonDocxReadsBackAsExactlyThatEdit() throws Exception {
    requirePythonDocx();
    Dialogue dialogue = readExamples();
    Path docx = folder.resolve("rapport.docx");
    Files.write(docx, DocxRoundTripTest.export(dialogue, DocxRoundTripTest.OPTIONS));
    Path script = folder.resolve("edit.py");
    // As an official edits: the paragraph's own words replaced, a new item made from a copy of the one above.
    Files.writeString(script, String.join("\n",
        "import sys, copy, docx",
        "from docx.text.paragraph import Paragraph",
        "d = docx.Document(sys.argv[1])",
        "def set_text(p, text):",
        "    for r in p.runs[1:]:",
        "        r.text = ''",
        "    p.runs[0].text = text",
        "for p in d.paragraphs:",
        "    if p.text == 'Bilberoendet.':",
        "        set_text(p, 'Bilberoendet i glesbygden.')",
        "        new = copy.deepcopy(p._p)",
        "        p._p.addnext(new)",
        "        set_text(Paragraph(new, p._parent), 'Långa avstånd till service.')",
        "        break",
        "for p in d.paragraphs:",
        "    if p.text.startswith('Innovation och Entreprenörskap:'):",
        "        p.runs[0].text = 'Innovation, AI och Entreprenörskap:'",
        "        break",
        "d.save(sys.argv[2])",
        ""), StandardCharsets.UTF_8);
    Path edited = folder.resolve("rättad.docx");
    run(folder, PYTHON.toString(), script.toString(), docx.toString(), edited.toString());

    SummaryDocument back = DocxRoundTripTest.readBack(Files.readAllBytes(edited), StrategicAreaCatalogue.norrbotten());

    Meeting seed = dialogue.meetings().get(0);
    var priorities = new ArrayList<>(seed.priorities());
    priorities.set(2, priorities.get(2).withTitle("Innovation, AI och Entreprenörskap"));
    var areas = new ArrayList<>(seed.areas());
    var accessibility = areas.get(0);
    var challenges = new ArrayList<>(accessibility.challenges());
    challenges.set(0, io.github.rusdialog.model.Challenge.of("Bilberoendet i glesbygden."));
    challenges.add(1, io.github.rusdialog.model.Challenge.of("Långa avstånd till service."));
    areas.set(0, accessibility.withChallenges(challenges));
    assertThat(back.summaries()).extracting(Summary::meeting)
        .containsExactly(seed.withPriorities(priorities).withAreas(areas), dialogue.meetings().get(1));
  }

  @Test
  void theTemplateFilledInWithPythonDocxReadsAsAMeeting() throws Exception {
    requirePythonDocx();
    Path template = folder.resolve("mall.docx");
    Files.write(template, SummaryTemplateTest.template(StrategicAreaCatalogue.norrbotten()));
    Path script = folder.resolve("fill.py");
    Files.writeString(script, String.join("\n",
        "import sys, copy, docx",
        "from docx.text.paragraph import Paragraph",
        "d = docx.Document(sys.argv[1])",
        "ps = d.paragraphs",
        "ps[0].text = 'Kommundialog Kiruna 8/5 2024'",
        "ps[1].text = 'Mötet hölls i Kiruna stadshus.'",
        "ps[3].text = 'Kommunen'",
        "new = copy.deepcopy(ps[3]._p)",
        "ps[3]._p.addnext(new)",
        "Paragraph(new, ps[3]._parent).text = 'Unga (6)'",
        "ps[4].text = 'Antal deltagare: 23'",
        "ps[6].clear()",
        "ps[6].add_run('Boende:').bold = True",
        "ps[6].add_run(' Fler hyresrätter.')",
        "texts = ['Norrbottniabanan.', 'Bilberoendet.']",
        "for p in ps:",
        "    if p.style.name == 'List Bullet' and p.text == '' and texts:",
        "        p.text = texts.pop(0)",
        "d.save(sys.argv[2])",
        ""), StandardCharsets.UTF_8);
    Path filled = folder.resolve("ifylld.docx");
    run(folder, PYTHON.toString(), script.toString(), template.toString(), filled.toString());

    Meeting meeting = SummaryTemplateTest.read(Files.readAllBytes(filled));

    assertThat(meeting.id()).isEqualTo("kommundialog-kiruna-2024-05-08");
    assertThat(meeting.participants()).extracting(group -> group.name()).containsExactly("Kommunen", "Unga");
    assertThat(meeting.attendees()).hasValue(23);
    assertThat(meeting.priorities()).extracting(priority -> priority.title()).containsExactly("Boende");
    var first = meeting.areas().get(0);
    assertThat(first.opportunities()).extracting(item -> item.text()).containsExactly("Norrbottniabanan.");
    assertThat(first.challenges()).extracting(item -> item.text()).containsExactly("Bilberoendet.");
  }

  /**
   * The text of a PDF without its page footers and list bullets, whitespace removed: a paragraph
   * that runs over a page break has the footer between its halves.
   */
  private static String bodyText(String pdfText, Dialogue dialogue) {
    List<String> footer = new ArrayList<>();
    dialogue.name().ifPresent(footer::add);
    dialogue.organiser().ifPresent(footer::add);
    String furniture = String.join(" · ", footer);
    // And without the bullets the lists draw: a line of LibreOffice's PDF begins with one.
    return pdfText.lines().map(String::strip).map(line -> line.replaceFirst("^•\\s*", ""))
        .filter(line -> !line.equals(furniture) && !line.matches("Sida \\d+ av \\d+"))
        .collect(java.util.stream.Collectors.joining()).replaceAll("\\s+", "");
  }

  private static List<Dialogue> matrixDialogues() {
    List<Dialogue> dialogues = new ArrayList<>();
    for (DialogueShapes.Shape shape : DialogueShapes.thresholds()) {
      dialogues.add(shape.dialogue());
    }
    dialogues.add(SampleMeetings.unicodeDialogue());
    return dialogues;
  }

  /** Each dialogue's full report and feedback, as files: the two of dialogue i at 2i and 2i + 1. */
  private List<Path> matrix(List<Dialogue> dialogues) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < dialogues.size(); i++) {
      for (String report : List.of("full", "feedback")) {
        Path file = folder.resolve("m" + i + "-" + report + ".docx");
        ExportOptions options = ExportOptions.builder().from(DocxRoundTripTest.OPTIONS)
            .putSettings(DocxExporter.REPORT, report).build();
        Files.write(file, DocxRoundTripTest.export(dialogues.get(i), options));
        files.add(file);
      }
    }
    return files;
  }

  private static Dialogue readExamples() throws IOException {
    Path examples = DocxRoundTripTest.EXAMPLES;
    return SampleMeetings.dialogueOf(
        DocxRoundTripTest.read(examples.resolve("bolagsdagen-2024-03-13.txt"), StrategicAreaCatalogue.norrbotten()).meeting(),
        DocxRoundTripTest.read(examples.resolve("kommundialog-overkalix-2024-04-19.md"),
            StrategicAreaCatalogue.norrbotten()).meeting());
  }

  private static void requirePythonDocx() throws Exception {
    boolean present = Files.isExecutable(PYTHON)
        && new ProcessBuilder(PYTHON.toString(), "-c", "import docx").start().waitFor() == 0;
    require(present, "python-docx (apt-get install python3-docx)");
  }

  private static void requireTool(String tool, String debianPackage) throws Exception {
    boolean present = new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    require(present, tool + " (apt-get install " + debianPackage + ")");
  }

  private static void require(boolean present, String what) {
    if (!present && "true".equals(System.getenv("CI"))) {
      throw new IllegalStateException("CI must run the checks with other programs, and " + what + " is missing");
    }
    Assumptions.assumeTrue(present, "skipped: needs " + what);
  }

  private static String run(Path folder, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("%s finishes", command[0]).isTrue();
    assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), out).isZero();
    return out;
  }
}

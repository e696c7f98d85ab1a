package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final String SEED = EXAMPLES.resolve("bolagsdagen-2024-03-13.txt").toString();
  private static final String OVERKALIX = EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md").toString();

  @TempDir
  Path dir;

  @Test
  void exportsTheSeedToFourReportsThatReadBack() throws IOException {
    Path out = dir.resolve("reports");
    Cli cli = Cli.run("export", SEED, "--format", "xlsx,pdf,json,html", "--out", out.toString(),
        "--generated-at", "2024-03-14T09:30:00Z");
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.err).isEmpty();
    Path json = out.resolve("bolagsdagen-2024-03-13.json");
    Path xlsx = out.resolve("bolagsdagen-2024-03-13.xlsx");
    Path pdf = out.resolve("bolagsdagen-2024-03-13.pdf");
    Path html = out.resolve("bolagsdagen-2024-03-13.html");
    assertThat(cli.out.lines()).containsExactly(
        xlsx + "  " + String.format(java.util.Locale.ROOT, "%,d", Files.size(xlsx)) + " bytes",
        pdf + "  " + String.format(java.util.Locale.ROOT, "%,d", Files.size(pdf)) + " bytes",
        json + "  " + String.format(java.util.Locale.ROOT, "%,d", Files.size(json)) + " bytes",
        html + "  " + String.format(java.util.Locale.ROOT, "%,d", Files.size(html)) + " bytes");
    assertThat(JsonDialogueReader.create().read(json)).isEqualTo(SampleMeetings.seedDialogue());
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertThat(workbook.getSheet("Prioriteringar").getRow(1).getCell(3).getStringCellValue())
          .isEqualTo("Boende och Infrastruktur");
    }
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      assertThat(new PDFTextStripper().getText(document)).contains("Bolagsdagen", "Bilberoendet.");
    }
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.select("h1").text()).isEqualTo("Bolagsdagen");
    assertThat(page.select("li").eachText()).contains("Bilberoendet.");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
          .as("no temporary files left").hasSize(4);
    }
  }

  @Test
  void mergesSeveralInputsIntoOneDialogueNamedDialog() throws IOException {
    Cli cli = Cli.run("export", SEED, OVERKALIX, "--format", "json", "--out", dir.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    var dialogue = JsonDialogueReader.create().read(dir.resolve("dialog.json"));
    assertThat(dialogue.meetings()).hasSize(2);
    assertThat(dialogue.name()).hasValue("RUS-dialogen");
  }

  @Test
  void writesByteIdenticalReportsForAFixedInstantOrSourceDateEpoch() throws IOException {
    Path first = dir.resolve("a");
    Path second = dir.resolve("b");
    assertThat(Cli.run(Map.of("SOURCE_DATE_EPOCH", "1710408600"), "export", SEED, "--out", first.toString())
        .exitCode).isZero();
    assertThat(Cli.run("export", SEED, "--out", second.toString(), "--generated-at", "2024-03-14T09:30:00Z")
        .exitCode).isZero();
    for (String ext : List.of("xlsx", "pdf", "json")) {
      assertThat(Files.readAllBytes(first.resolve("bolagsdagen-2024-03-13." + ext)))
          .as(ext).isEqualTo(Files.readAllBytes(second.resolve("bolagsdagen-2024-03-13." + ext)));
    }
  }

  @Test
  void exitsOneWithFileAndLineForInvalidInputAndWritesNothing() throws IOException {
    Path bad = dir.resolve("bad.md");
    Files.writeString(bad, "# Möte 13/3 2024\n\nMöjligheter:\n- Tåg\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("reports");
    Cli cli = Cli.run("export", bad.toString(), "--out", out.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).isEqualTo(bad + ":3: \"Möjligheter:\" before any strategic area heading;"
        + " put it under the heading of the area it belongs to\n");
    assertThat(cli.err).doesNotContain("Exception", "\tat ");
    assertThat(out).doesNotExist();
  }

  @Test
  void exitsOneForInvalidJsonNamingPathLineAndColumn() throws IOException {
    Path json = dir.resolve("dialog.json");
    Files.writeString(json, "{\"format\": \"rusdialog\", \"version\": 1, \"dialogue\": {\"strategicAreas\": [],"
        + "\n\"meetings\": [{\"title\": \"A\", \"date\": \"2024-01-01\", \"priorities\": [{\"rank\": \"one\"}]}]}}");
    Cli cli = Cli.run("validate", json.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).isEqualTo(json + ":2:75: $.dialogue.meetings[0].priorities[0].rank: expected a whole"
        + " number, got string \"one\"\n");
  }

  @Test
  void keepsAGoodReportWhenALaterRunFails() throws IOException {
    Path out = dir.resolve("reports");
    assertThat(Cli.run("export", SEED, "--format", "json", "--out", out.toString()).exitCode).isZero();
    Path report = out.resolve("bolagsdagen-2024-03-13.json");
    byte[] good = Files.readAllBytes(report);
    Path broken = dir.resolve("bolagsdagen-2024-03-13.txt");
    Files.writeString(broken, "Bolagsdagen 13/3 2024\n\n## Turism\n");
    Cli cli = Cli.run("export", broken.toString(), "--format", "json", "--out", out.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(Files.readAllBytes(report)).isEqualTo(good);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void refusesAnExportThatWouldOverwriteItsInput() throws IOException {
    Path json = dir.resolve("seed.json");
    Files.copy(EXAMPLES.resolve("bolagsdagen-2024-03-13.json"), json);
    byte[] before = Files.readAllBytes(json);
    Cli cli = Cli.run("export", json.toString(), "--format", "json", "--out", dir.toString());
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).isEqualTo("error: " + json + " would overwrite the input " + json
        + "; choose another --out folder\n");
    assertThat(Files.readAllBytes(json)).isEqualTo(before);
  }

  @Test
  void exitsTwoForAnUnknownFormatListingTheKnownOnes() {
    Cli cli = Cli.run("export", SEED, "--format", "xlsx,odt", "--out", dir.toString());
    assertThat(cli.exitCode).isEqualTo(2);
    assertThat(cli.err).isEqualTo("error: No exporter for 'odt'; available: docx, html, json, pdf, xlsx\n");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void exitsTwoForUsageErrors() throws IOException {
    assertThat(Cli.run().exitCode).isEqualTo(2);
    assertThat(Cli.run("export").err).contains("Missing required parameter: 'INPUT'");
    assertThat(Cli.run("export", SEED, "--locale", "de", "--out", dir.toString()).err)
        .isEqualTo("error: --locale de: use sv or en\n");
    assertThat(Cli.run("export", SEED, "--generated-at", "igår").exitCode).isEqualTo(2);
    Path doc = Files.write(dir.resolve("notes.doc"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0});
    assertThat(Cli.run("export", doc.toString(), "--out", dir.toString()).err).isEqualTo(doc + ": is an Office"
        + " document in the old binary format (.doc or .xls), which rusdialog does not read; open it in Word or"
        + " Excel and save it as .docx or .xlsx\n");
    assertThat(Cli.run(Map.of("SOURCE_DATE_EPOCH", "soon"), "export", SEED, "--out", dir.toString()).err)
        .isEqualTo("error: SOURCE_DATE_EPOCH 'soon' is not a whole number of seconds\n");
    assertThat(Cli.run("frobnicate").exitCode).isEqualTo(2);
  }

  @Test
  void exitsOneWhenTheOutputFolderCannotBeWritten() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "not a folder");
    Cli cli = Cli.run("export", SEED, "--out", blocker.resolve("reports").toString());
    assertThat(cli.exitCode).as(cli.toString()).isEqualTo(1);
    assertThat(cli.err.lines()).hasSize(1);
    assertThat(cli.err).contains(blocker.toString()).doesNotContain("\tat ");
  }

  @Test
  void passesExporterSettingsAndRefusesUnknownOnesBeforeWriting() throws IOException {
    Path out = dir.resolve("set");
    Cli ok = Cli.run("export", SEED, "--format", "xlsx", "--set", "xlsx.meetingSheetLimit=0", "--out", out.toString());
    assertThat(ok.exitCode).as(ok.toString()).isZero();
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out.resolve("bolagsdagen-2024-03-13.xlsx")))) {
      assertThat(workbook.getSheet("Bolagsdagen")).isNull();
    }
    Path none = dir.resolve("none");
    Cli typo = Cli.run("export", SEED, "--set", "xlsx.meetingSheetLimt=5", "--out", none.toString());
    assertThat(typo.exitCode).isEqualTo(2);
    assertThat(typo.err).isEqualTo("error: --set: Setting xlsx.meetingSheetLimt is not one the xlsx exporter"
        + " knows; its settings: xlsx.meetingSheetLimit\n");
    Cli value = Cli.run("export", SEED, "--set", "json.synthesis=yes", "--out", none.toString());
    assertThat(value.exitCode).isEqualTo(2);
    assertThat(value.err).isEqualTo("error: --set: Setting json.synthesis: 'yes' is not true or false\n");
    assertThat(none).doesNotExist();
  }

  /** Issue 17: the xlsx and pdf reports were moved into place before the json one failed. */
  @Test
  void leavesAnEarlierSetOfReportsAsItWasWhenOneReportCannotBePutInPlace() throws IOException {
    Path out = dir.resolve("reports");
    assertThat(Cli.run("export", SEED, "--out", out.toString(), "--generated-at", "2024-03-14T09:30:00Z")
        .exitCode).isZero();
    Map<Path, byte[]> before = new java.util.HashMap<>();
    for (String ext : List.of("xlsx", "pdf", "html")) {
      Path report = out.resolve("bolagsdagen-2024-03-13." + ext);
      before.put(report, Files.readAllBytes(report));
    }
    Path json = out.resolve("bolagsdagen-2024-03-13.json");
    Files.delete(json);
    Files.createDirectory(json);
    Cli cli = Cli.run("export", SEED, "--out", out.toString(), "--generated-at", "2025-01-01T00:00:00Z");
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).isEqualTo(json + ": is a folder, so the report cannot be written there; move the"
        + " folder or choose another --out\n");
    for (Map.Entry<Path, byte[]> report : before.entrySet()) {
      assertThat(Files.readAllBytes(report.getKey())).as(report.getKey().toString()).isEqualTo(report.getValue());
    }
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()))
          .containsExactly("bolagsdagen-2024-03-13.html", "bolagsdagen-2024-03-13.json",
              "bolagsdagen-2024-03-13.pdf", "bolagsdagen-2024-03-13.xlsx");
    }
  }

  /** Issue 14: a summary in Word gives the same reports, byte for byte, as its text. */
  @Test
  void exportsAWordSummaryToTheSameBytesAsItsText() throws IOException {
    Path fromText = dir.resolve("text");
    Path fromWord = dir.resolve("word");
    Cli text = Cli.run("export", SEED, "--out", fromText.toString(), "--generated-at", "2024-03-14T09:30:00Z");
    Cli word = Cli.run("export", EXAMPLES.resolve("bolagsdagen-2024-03-13.docx").toString(), "--out",
        fromWord.toString(), "--generated-at", "2024-03-14T09:30:00Z");
    assertThat(word.exitCode).as(word.toString()).isZero();
    assertThat(word.err).isEmpty();
    assertThat(text.exitCode).isZero();
    for (String ext : List.of("xlsx", "pdf", "json")) {
      assertThat(Files.readAllBytes(fromWord.resolve("bolagsdagen-2024-03-13." + ext))).as(ext)
          .isEqualTo(Files.readAllBytes(fromText.resolve("bolagsdagen-2024-03-13." + ext)));
    }
  }

  @Test
  void namesTheParagraphOfAWordSummaryThatFitsNowhere() throws IOException {
    Path docx = dir.resolve("fel.docx");
    try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
      document.createParagraph().createRun().setText("Möte 13/3 2024");
      document.createParagraph().createRun().setText("Svagheter:");
      try (var out = Files.newOutputStream(docx)) {
        document.write(out);
      }
    }
    Cli cli = Cli.run("validate", docx.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).startsWith(docx + ": paragraph 2 \"Svagheter:\": \"Svagheter:\" lists weaknesses");
  }

  @Test
  void listsEachFormatsSettings() {
    Cli cli = Cli.run("formats", "--verbose");
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out).contains("--set xlsx.meetingSheetLimit=30", "--set pdf.pageSize=a4",
        "--set json.synthesis=false", "--set html.form=page");
  }

  @Test
  void reportsAMissingInputFile() {
    Cli cli = Cli.run("validate", dir.resolve("missing.txt").toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).isEqualTo(dir.resolve("missing.txt") + ": no such file\n");
  }

  @Test
  void validatesEveryInputAndReportsEachProblem() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.writeString(bad, "Möte\n");
    Cli cli = Cli.run("validate", SEED, bad.toString(), OVERKALIX);
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.out).contains(SEED + ": valid, 1 meeting(s)", OVERKALIX + ": valid, 1 meeting(s)");
    assertThat(cli.err.lines()).containsExactly(bad + ":1: the title line \"Möte\" has no date, nor does the"
        + " intro; end the title with the meeting's date, e.g. \"Bolagsdagen 13/3 2024\", \"2024-03-13\" or \"13 mars 2024\"");
    assertThat(Cli.run("validate", SEED, OVERKALIX).exitCode).isZero();
  }

  @Test
  void importsSummariesIntoOneJsonDialogue() throws IOException {
    Path json = dir.resolve("out/dialog.json");
    Cli cli = Cli.run("import", SEED, OVERKALIX, "--out", json.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.out).contains("2 meeting(s)");
    assertThat(JsonDialogueReader.create().read(json).meetings()).hasSize(2);
    assertThat(Cli.run("import", EXAMPLES.resolve("bolagsdagen-2024-03-13.json").toString(), "--out",
        json.toString()).exitCode).isEqualTo(2);
  }

  @Test
  void listsTheFormatsFoundThroughTheSpi() {
    Cli cli = Cli.run("formats");
    assertThat(cli.exitCode).isZero();
    assertThat(cli.out.lines().map(line -> line.split("\\s+")[0])).containsExactly("docx", "html", "json", "pdf", "xlsx");
  }

  @Test
  void printsHelpWithExamplesAndTheVersion() {
    assertThat(Cli.run("--help").out).contains("export", "import", "validate", "formats", "Examples:");
    assertThat(Cli.run("export", "--help").out).contains("--generated-at", "Examples:");
    Cli version = Cli.run("--version");
    assertThat(version.exitCode).isZero();
    assertThat(version.out).startsWith("rusdialog 0.1.0");
  }

  @Test
  void addsTheStackTraceOnlyWithVerbose() throws IOException {
    Path blocker = dir.resolve("file");
    Files.writeString(blocker, "x");
    String out = blocker.resolve("reports").toString();
    assertThat(Cli.run("export", SEED, "--out", out).err).doesNotContain("\tat ");
    assertThat(Cli.run("export", SEED, "--out", out, "--verbose").err).contains("\tat ");
  }

  /** Issue 27: the whole loop — a summary, a workbook answered in another program, each meeting's feedback. */
  @Test
  void writesEachMeetingsFeedbackFromAnAnsweredWorkbook() throws IOException {
    Path answered = Path.of("..", "export-excel", "src", "test", "resources", "openpyxl", "answered-in-openpyxl.xlsx");
    Path out = dir.resolve("feedback");
    Cli cli = Cli.run("feedback", answered.toString(), "--out", out.toString(), "--generated-at", "2024-03-14T09:30:00Z");
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    Path pdf = out.resolve("bolagsdagen-2024-03-13-aterkoppling.pdf");
    Path html = out.resolve("bolagsdagen-2024-03-13-aterkoppling.html");
    assertThat(cli.out.lines()).hasSize(2).allMatch(line -> line.startsWith(pdf.toString()) || line.startsWith(html.toString()));
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Återkoppling till deltagarna", "Av 19 inspel: 1 tas med i strategin, 1 tas delvis med,"
          + " 1 tas inte med, 1 noteras och 15 är ännu inte besvarade.", "Regionens svar: Tas med i strategin. Referens: Mål 2.3",
          "Regionens svar: Tas inte med. Ligger utanför det regionala uppdraget.", "Fortfarande öppet");
    }
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
    assertThat(page.title()).isEqualTo("Återkoppling till deltagarna: Bolagsdagen");
    assertThat(page.text()).contains("Regionens svar: Tas delvis med. Distansutbildningen tas med.");

    Cli english = Cli.run("feedback", answered.toString(), "--format", "html", "--locale", "en", "--out", out.toString());
    assertThat(english.exitCode).as(english.toString()).isZero();
    assertThat(out.resolve("bolagsdagen-2024-03-13-feedback.html")).exists();

    Cli json = Cli.run("feedback", SEED, "--format", "json", "--out", out.toString());
    assertThat(json.exitCode).isEqualTo(2);
    assertThat(json.err).contains("--format json: the json report has no feedback form; use docx or html or pdf");
  }

  /**
   * Issue 27: the summary read again keeps the answers given in the workbook, each on its own input,
   * the one whose text was corrected in the workbook too — with a warning saying so, an error when strict.
   */
  @Test
  void carriesTheAnswersOfAnAnsweredWorkbookOntoTheSummaryReadAgain() throws IOException {
    Path answered = Path.of("..", "export-excel", "src", "test", "resources", "openpyxl", "answered-in-openpyxl.xlsx");
    Path out = dir.resolve("again");
    Cli cli = Cli.run("export", SEED, "--responses", answered.toString(), "--format", "json", "--out", out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.err.lines()).containsExactly(answered + ": meeting bolagsdagen-2024-03-13, area accessibility,"
        + " opportunity 1: warning: the answer to \"Norrbottniabanan, 100% digital delaktighet, robusta spårbundna"
        + " transportlösningar och drönartransporter för privatresenärer. (rättad)\" is carried to \"Norrbottniabanan,"
        + " 100% digital delaktighet, robusta spårbundna transportlösningar och drönartransporter för privatresenärer.\""
        + " at area accessibility, opportunity 1, the one close text there; check that it is the same input");
    io.github.rusdialog.model.Meeting meeting = io.github.rusdialog.read.DialogueReaders.load()
        .read(out.resolve("bolagsdagen-2024-03-13.json")).dialogue().meetings().get(0);
    assertThat(meeting.priorities().subList(0, 3)).extracting(p -> p.response().map(String::valueOf).orElse("-"))
        .containsExactly("Response{status=ADOPTED, reference=Mål 2.3}",
            "Response{status=NOT_ADOPTED, text=Ligger utanför det regionala uppdraget.}", "-");
    io.github.rusdialog.model.AreaInput accessibility = meeting.areas().stream()
        .filter(area -> area.area().equals("accessibility")).findFirst().orElseThrow();
    assertThat(accessibility.opportunities().get(0).text()).doesNotContain("(rättad)");
    assertThat(accessibility.opportunities().get(0).response().map(String::valueOf))
        .hasValue("Response{status=PARTLY, text=Distansutbildningen tas med.}");
    assertThat(accessibility.opportunities().get(1).response().map(String::valueOf)).hasValue("Response{status=NOTED}");

    Cli strict = Cli.run("export", SEED, "--responses", answered.toString(), "--strict", "--out", dir.resolve("strict").toString());
    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.err).contains("(strict reading makes this warning an error)").doesNotContain("\tat ");
    assertThat(dir.resolve("strict")).doesNotExist();
  }

  /** Issue 34: an answered workbook's answers are kept when the summary's meeting title is corrected. */
  @Test
  void keepsTheAnswersWhenTheMeetingsTitleIsCorrected() throws IOException {
    Path answered = Path.of("..", "export-excel", "src", "test", "resources", "openpyxl", "answered-in-openpyxl.xlsx");
    Path corrected = java.nio.file.Files.writeString(dir.resolve("bolagsdagen.txt"), java.nio.file.Files.readString(
        Path.of(SEED)).replace("Bolagsdagen 13/3 2024", "Bolagsdagen i Luleå 13/3 2024"));
    Path out = dir.resolve("corrected");
    Cli cli = Cli.run("export", corrected.toString(), "--responses", answered.toString(), "--format", "json", "--out",
        out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.err).contains(answered + ": meeting bolagsdagen-2024-03-13: warning: no meeting read has this"
        + " meeting's title and date (\"Bolagsdagen\", 2024-03-13); its answers are carried to \"Bolagsdagen i Luleå\","
        + " 2024-03-13 (meeting bolagsdagen-i-lulea-2024-03-13), its one correction: check that it is the same meeting");
    io.github.rusdialog.model.Meeting meeting = io.github.rusdialog.read.DialogueReaders.load()
        .read(out.resolve("bolagsdagen.json")).dialogue().meetings().get(0);
    assertThat(meeting.title()).isEqualTo("Bolagsdagen i Luleå");
    assertThat(meeting.priorities().get(0).response().map(String::valueOf))
        .hasValue("Response{status=ADOPTED, reference=Mål 2.3}");
  }

  /** Issue 34: a compilation is read meeting by meeting by every command: one feedback report per meeting. */
  @Test
  void readsACompilationMeetingByMeeting() throws IOException {
    String seed = java.nio.file.Files.readString(Path.of(SEED));
    Path compilation = java.nio.file.Files.writeString(dir.resolve("kommundialogerna.txt"),
        "Sammanställningar från kommundialogerna 2024\n\nRegion Norrbotten, våren 2024\n\n" + seed + "\n\n"
            + seed.replace("Bolagsdagen 13/3 2024", "Kommundialog Kiruna 8/5 2024"));
    Cli validate = Cli.run("validate", compilation.toString());
    assertThat(validate.exitCode).as(validate.toString()).isZero();
    assertThat(validate.out).contains("valid, 2 meeting(s)");
    Path out = dir.resolve("feedback");
    Cli feedback = Cli.run("feedback", compilation.toString(), "--format", "html", "--out", out.toString());
    assertThat(feedback.exitCode).as(feedback.toString()).isZero();
    assertThat(out.resolve("bolagsdagen-2024-03-13-aterkoppling.html")).exists();
    assertThat(out.resolve("kommundialog-kiruna-2024-05-08-aterkoppling.html")).exists();
    Path json = dir.resolve("json");
    Cli export = Cli.run("export", compilation.toString(), "--format", "json", "--out", json.toString());
    assertThat(export.exitCode).as(export.toString()).isZero();
    io.github.rusdialog.model.Dialogue dialogue = io.github.rusdialog.read.DialogueReaders.load()
        .read(json.resolve("kommundialogerna.json")).dialogue();
    assertThat(dialogue.name()).hasValue("Sammanställningar från kommundialogerna 2024");
    assertThat(dialogue.description()).hasValue("Region Norrbotten, våren 2024");
    assertThat(dialogue.meetings()).extracting(io.github.rusdialog.model.Meeting::title)
        .containsExactly("Bolagsdagen", "Kommundialog Kiruna");
  }
}

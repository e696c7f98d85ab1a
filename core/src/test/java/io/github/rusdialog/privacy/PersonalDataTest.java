package io.github.rusdialog.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.read.DialogueReaders;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.text.SummaryReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 36: personal data a public body must not publish by mistake is found by its rules
 * (Skatteverket's test personal identity numbers here, never a real person's), masked, warned of
 * when reading and refused by publishing formats; numbers that fail the rules raise nothing.
 */
class PersonalDataTest {
  private static final String SUMMARY = "Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
      + "- Kommunen\n\nMest prioriterade områden enligt deltagarna\n\n1) **Boende:** Fler bostäder.\n\n"
      + "God tillgänglighet genom digital kommunikation och transportsystem\n\nMöjligheter:\n\n";

  private static List<PersonalDataFinding> findIn(String item) throws Exception {
    return PersonalData.find(SummaryReader.create().read(SUMMARY + "- " + item + "\n", "möte.txt").toDialogue());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Kontakta 811218-9876 om saken.", "Personnummer 8112189876.", "Född 19811218-9876.",
      "Id 198112189876 i ärendet.", "Över hundra år: 811218+9876."})
  void findsPersonalIdentityNumbersInEveryWrittenForm(String item) throws Exception {
    List<PersonalDataFinding> found = findIn(item);
    assertThat(found).singleElement().satisfies(finding -> {
      assertThat(finding.kind()).isEqualTo(PersonalDataKind.PERSONAL_IDENTITY_NUMBER);
      assertThat(finding.masked()).endsWith("****").doesNotContain("9876");
      assertThat(finding.place()).contains("(bolagsdagen-2024-03-13)", "areas[accessibility].opportunities[0]");
    });
  }

  @Test
  void masksAsTheIssueWritesIt() throws Exception {
    assertThat(findIn("Kontakta 811218-9876.")).extracting(PersonalDataFinding::masked).containsExactly("811218-****");
    assertThat(findIn("Mejla anna.svensson@example.se.")).extracting(PersonalDataFinding::masked)
        .containsExactly("a***@example.se");
    assertThat(findIn("Ring 070-123 45 67.")).extracting(PersonalDataFinding::masked).containsExactly("070-*** ** **");
  }

  @Test
  void findsCoordinationNumbersByTheirDayPlusSixty() throws Exception {
    assertThat(findIn("Samordningsnummer 811278-9873.")).extracting(PersonalDataFinding::kind)
        .containsExactly(PersonalDataKind.COORDINATION_NUMBER);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Ring 070-123 45 67.", "Ring 0701234567.", "Ring +46 70 123 45 67.", "Ring +4673-1234567.",
      "Ring 076 123 45 67.", "Ring 0046 79 123 45 67."})
  void findsSwedishMobileNumbers(String item) throws Exception {
    assertThat(findIn(item)).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.MOBILE_NUMBER);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Skriv till förnamn.efternamn@kommun.se", "Mejl: a@b.co", "Åsa.Öberg@exempel.nu"})
  void findsEmailAddresses(String item) throws Exception {
    assertThat(findIn(item)).extracting(PersonalDataFinding::kind).containsExactly(PersonalDataKind.EMAIL_ADDRESS);
  }

  /** The control list: numbers that are no personal data raise nothing. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Organisationsnummer 556012-5790.", "Sametinget 232100-0230.", "Mötet 2024-03-13.",
      "Åren 2020-2024 och 2025–2030.", "Kostnad 1 500 000 kr.", "Postnummer 971 86 Luleå.", "Ökning med 12,5 %.",
      "Ring växeln 0920-45 30 00.", "Telefon 08-123 456 78.", "Felaktig kontroll 811218-9875.", "Omöjligt datum 811332-1234.",
      "Nummer 0701234.", "Summa 1234567890.", "Version 1.2.3", "Se mål 2.3 i strategin.", "E-post saknas @ mötet.",
      "Från 13/3 2024 kl. 13–16.", "Årtal 19811218.", "Artikel 811218-98765.", "Lista 070-123 45 67 89."})
  void numbersThatFailTheRulesRaiseNothing(String item) throws Exception {
    assertThat(findIn(item)).isEmpty();
  }

  @Test
  void theExamplesHoldNoPersonalData() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        assertThat(PersonalData.find(SummaryReader.create().read(file).toDialogue())).as(file.toString()).isEmpty();
      }
    }
  }

  @Test
  void readingWarnsAtTheLineAndStrictReadingRefuses() throws Exception {
    byte[] text = (SUMMARY + "- Kontakta 811218-9876 om saken.\n").getBytes(StandardCharsets.UTF_8);
    ReadResult result = DialogueReaders.load().read(new ByteArrayInputStream(text), "möte.txt", ReadOptions.defaults());
    assertThat(result.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.line()).isEqualTo(15);
      assertThat(warning.message()).contains("personal identity number (811218-****)", "--allow-personal-data")
          .doesNotContain("9876");
    });
    InvalidInputException strict = catchThrowableOfType(InvalidInputException.class, () -> DialogueReaders.load()
        .read(new ByteArrayInputStream(text), "möte.txt", ReadOptions.defaults().withStrict(true)));
    assertThat(strict.line()).isEqualTo(15);
  }

  @Test
  void publishingIsRefusedUnlessAllowed() throws Exception {
    Dialogue dialogue = SummaryReader.create().read(SUMMARY + "- Fler tåg.\n", "möte.txt").toDialogue();
    PersonalData.requirePublishable(dialogue, ExportOptions.defaults());
    Dialogue withNumber = dialogue.withMeetings(List.of(dialogue.meetings().get(0).withAreas(List.of(
        dialogue.meetings().get(0).areas().get(0).withOpportunities(List.of(Opportunity.of("Ring 070-123 45 67.")))))));
    assertThatThrownBy(() -> PersonalData.requirePublishable(withNumber, ExportOptions.defaults()))
        .isInstanceOf(PersonalDataException.class)
        .hasMessageContaining("areas[accessibility].opportunities[0]: a mobile number (070-*** ** **)")
        .hasMessageContaining("--allow-personal-data").hasMessageNotContaining("45 67");
    PersonalData.requirePublishable(withNumber, ExportOptions.builder().allowPersonalData(true).build());
  }
}

package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13: several dialogues put together, as the command line does with several inputs. */
class DialogueCombineTest {
  private static final List<StrategicArea> AREAS = StrategicAreaCatalogue.norrbotten().areas();

  private static Dialogue part(String name, String organiser, String... titles) {
    Dialogue.Builder dialogue = Dialogue.builder().strategicAreas(AREAS);
    if (name != null) {
      dialogue.name(name);
    }
    if (organiser != null) {
      dialogue.organiser(organiser);
    }
    for (int i = 0; i < titles.length; i++) {
      dialogue.addMeetings(Meeting.builder().title(titles[i]).date(LocalDate.of(2024, 3, 1 + i)).build());
    }
    return dialogue.build();
  }

  @Test
  void takesNameAndOrganiserFromTheFirstPartThatHasThemAndAllMeetings() {
    Dialogue combined = Dialogue.combine(List.of(part(null, null, "A"), part("RUS-dialogen", null, "B"),
        part("Annan", "Region Norrbotten", "C")));
    assertThat(combined.name()).hasValue("RUS-dialogen");
    assertThat(combined.organiser()).hasValue("Region Norrbotten");
    assertThat(combined.meetings()).extracting(Meeting::title).containsExactly("A", "B", "C");
    assertThat(combined.strategicAreas()).isEqualTo(AREAS);
  }

  @Test
  void refusesAMeetingTwiceNamingBothParts() {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> Dialogue.combine(List.of(part(null, null, "A"), part(null, null, "A", "B"))));
    assertThat(e.getMessage()).isEqualTo("parts[1].meetings[0].id: \"a-2024-03-01\" is also in parts[0];"
        + " each meeting may appear once");
  }

  @Test
  void refusesOneAreaIdWithTwoTitles() {
    Dialogue other = Dialogue.builder().strategicAreas(List.of(StrategicArea.of("skills", "Kompetens"))).build();
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> Dialogue.combine(List.of(part(null, null, "A"), other)));
    assertThat(e.getMessage()).isEqualTo("parts[1].strategicAreas: the area 'skills' is titled \"Kompetens\""
        + " here but \"Väl fungerande kompetensförsörjning och kompetensutveckling\" in parts[0]");
  }
}

package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Group names as summaries write them, and the kind each stands for. */
class StakeholderKindTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      "Kommunen, MUNICIPALITY",
      "Näringslivet., BUSINESS",
      "NATIONELLA  MINORITETER, MINORITIES",
      "Sametinget, MINORITIES",
      "Samebyarna, MINORITIES",
      "Ungdomsrådet, YOUTH",
      "ungdomsråd, YOUTH",
      "Myndigheterna, AUTHORITIES",
      "Länsstyrelsen, AUTHORITIES",
      "Luleå tekniska universitet, ACADEMIA",
      "SOS Alarm, OTHER",
      "Trafikverket, OTHER"})
  void knowsTheNamesSummariesUse(String name, StakeholderKind kind) {
    assertThat(StakeholderKind.forGroupName(name)).isEqualTo(kind);
  }
}

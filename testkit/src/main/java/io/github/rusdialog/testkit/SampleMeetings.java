package io.github.rusdialog.testkit;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hand-built meetings for tests: the seed summary ({@code bolagsdagen-2024-03-13.txt}) word for
 * word, and a meeting full of the characters and sizes that break exporters.
 *
 * @since 0.1.0
 */
public final class SampleMeetings {
  private SampleMeetings() {}

  /** The dialogue name the seed summary's intro gives. */
  public static final String DIALOGUE_NAME = "RUS-dialogen";

  /** The organiser the seed summary's intro gives. */
  public static final String ORGANISER = "Region Norrbotten";

  /**
   * {@return the Bolagsdagen meeting of 13 March 2024, every sentence verbatim with its spelling kept
   * ("Vårld", "vålfärdstjänster", "boendebud")}
   */
  public static Meeting seed() {
    return Meeting.builder()
        .title("Bolagsdagen")
        .date(LocalDate.of(2024, 3, 13))
        .summary("Kort sammanfattning av de förslag som deltagarna i RUS-dialogen lämnat till Region"
            + " Norrbotten den 13:e mars 2024. I just det här mötet deltog företrädare för:")
        .addParticipants(
            StakeholderGroup.of("Kommunen", StakeholderKind.MUNICIPALITY),
            StakeholderGroup.of("Näringsliv", StakeholderKind.BUSINESS),
            StakeholderGroup.of("Minoriteter", StakeholderKind.MINORITIES),
            StakeholderGroup.of("Civilsamhälle", StakeholderKind.CIVIL_SOCIETY),
            StakeholderGroup.of("Unga", StakeholderKind.YOUTH),
            StakeholderGroup.of("Myndigheter", StakeholderKind.AUTHORITIES))
        .addPriorities(
            PriorityArea.builder().rank(1).title("Boende och Infrastruktur")
                .description("En tydlig prioritering ligger på att utveckla attraktiva"
                    + " boendeanternativ och förbättra infrastrukturen. Detta inkluderar att bygga"
                    + " bostäder som möter olika behov och livsfaser samt att förbättra"
                    + " tillgängligheten genom kollektivtrafik och digital kommunikation.")
                .build(),
            PriorityArea.builder().rank(2).title("Kultur, Vårld och Samhällsgemenskap")
                .description("Att stärka kultur- och föreningslivet samt utveckla vålfärdstjänster"
                    + " lyfts fram som avgörande för att skapa en levande och attraktiv region.")
                .build(),
            PriorityArea.builder().rank(3).title("Innovation och Entreprenörskap")
                .description("En stark betoning läggs vid behovet av att främja innovation och"
                    + " entreprenörskap, särskilt genom att utnyttja teknologier som AI. Detta område"
                    + " ses som nyckeln till ekonomisk utveckling och till att positionera Norrbotten"
                    + " som en ledande region inom framtidens industrier och tjänster.")
                .build(),
            PriorityArea.builder().rank(4).title("Utbildning och Kompetensutveckling")
                .description("Även om det inte direkt nämns i alla svaren, är en underförstådd"
                    + " prioritering att bredda utbildningsutbudet och stärka kompetensutvecklingen.")
                .stated(Stated.IMPLIED)
                .build())
        .addAreas(
            AreaInput.builder().area("accessibility")
                .addOpportunities(
                    Opportunity.of("Norrbottniabanan, 100% digital delaktighet, robusta spårbundna"
                        + " transportlösningar och drönartransporter för privatresenärer."),
                    Opportunity.of("Ökad befolkningstillväxt genom bättre kommunikationer och"
                        + " attraktiv boendemiljö."))
                .addChallenges(
                    Challenge.of("Bilberoendet."),
                    Challenge.of("Integrera kollektivtrafik i utvecklingen av nya områden från start."))
                .build(),
            AreaInput.builder().area("culture-housing-work-welfare")
                .addOpportunities(
                    Opportunity.of("Införa flyttbonus, bygga små lägenheter för unga, ge mer resurser"
                        + " till föreningslivet för att öka inflyttningen och minska utflyttningen."),
                    Opportunity.of("Satsningar på kultur och bostäder för att locka fler invånare och"
                        + " öka jämställdheten."),
                    Opportunity.of("Stöd till ideell sektor och samverkan mellan företag, föreningar"
                        + " samt regionala och kommunala aktörer."))
                .addChallenges(
                    Challenge.of("Skapa ett rikt och diversifierat boendebud anpassat för olika"
                        + " inkomstnivåer och livsfaser."),
                    Challenge.of("Att ha mod och självförtroende för att våga dela risker och satsa på"
                        + " mjuka värden."))
                .build(),
            AreaInput.builder().area("skills").coverage(Coverage.INDIRECT)
                .note("Detta område nämns inte direkt i svaren, men relaterade insikter kan inkludera:")
                .addInsights(
                    Insight.of("Breddat utbildningsutbud för att öka attraktionen att flytta hit."),
                    Insight.of("Mångkulturellt och jämställt näringsliv för att attrahera ett brett"
                        + " spektrum av företag och kompetenser."))
                .build(),
            AreaInput.builder().area("innovation")
                .addOpportunities(
                    Opportunity.of("Att bli världsledande inom nyttjandet av AI och öka"
                        + " förädlingsgraden i alla verksamheter."),
                    Opportunity.of("Skapa samverkansforum och tankesmedjor för att kombinera olika"
                        + " branscher och kompetenser, med fokus på AI och kompetensutveckling."))
                .addChallenges(
                    Challenge.of("Få ut forskningen från lokala universitet till verklig användning."),
                    Challenge.of("Bredd av branscher och utbildningar för att stärka regionens"
                        + " attraktionskraft."))
                .build())
        .build();
  }

  /**
   * {@return the seed meeting as a dialogue of one, with the name and organiser its intro gives}
   */
  public static Dialogue seedDialogue() {
    return dialogueOf(seed());
  }

  /**
   * {@return a meeting whose texts hold what breaks exporters: Sami (á č đ ŋ š ŧ ž), Meänkieli and Finnish
   * (ä ö), typographic quotes, XML and formula characters, and a 5,000-character text}
   */
  public static Meeting unicodeHeavy() {
    return Meeting.builder()
        .id("unicode-2024-05-02")
        .title("Sámi ja meänkieli – čoahkkin Giron")
        .date(LocalDate.of(2024, 5, 2))
        .summary("Oktasaš čoahkkin: Sámediggi & gielda <Giron> \"ođđa\" ‘láhka’ – «bures» … 100 %")
        .addParticipants(
            StakeholderGroup.of("Nationella minoriteter"),
            StakeholderGroup.of("Sámi searvi Čearru"),
            StakeholderGroup.of("Meänmaan yhistys"),
            StakeholderGroup.of("Unga"))
        .addPriorities(
            PriorityArea.builder().rank(1).title("Giella & kultur: ŋ, đ, ŧ, č, š, ž, á")
                .description("Suohkan galgá ovddidit sámegiela <b>ja</b> meänkieltä; \"äänet\" ja"
                    + " 'öljy' – Åsele, Älvsbyn, Övertorneå.\nAndra raden efter radbrytning.")
                .addAreas("culture-housing-work-welfare", "skills")
                .build(),
            PriorityArea.builder().rank(2).title("=SUMMA(A1:A3) och +46 920 12 34 56")
                .description("-30 grader och @namn ska förbli text, inte formler.")
                .stated(Stated.IMPLIED)
                .build())
        .addAreas(
            AreaInput.builder().area("culture-housing-work-welfare")
                .addOpportunities(Opportunity.of(longText(5_000)))
                .addChallenges(Challenge.of("Ŋ Đ Ŧ Č Š Ž Á ŋ đ ŧ č š ž á ä ö å Ä Ö Å é ü ø æ"))
                .build(),
            AreaInput.builder().area("innovation").coverage(Coverage.NOT_DISCUSSED)
                .note("Detta område diskuterades inte vid mötet.")
                .build(),
            AreaInput.builder().area("accessibility").coverage(Coverage.INDIRECT)
                .note("Nämns inte direkt – men: «tåg» & <buss>")
                .addInsights(Insight.of("Tab\there and \"quoted\" & <tag/> \\ backslash"))
                .build())
        .build();
  }

  /**
   * {@return the Överkalix municipal dialogue of 19 April 2024 ({@code kommundialog-overkalix-2024-04-19.md}), verbatim}
   */
  public static Meeting overkalix() {
    return Meeting.builder()
        .title("Kommundialog Överkalix")
        .date(LocalDate.of(2024, 4, 19))
        .summary("Kort sammanfattning av de förslag som deltagarna i RUS-dialogen lämnat till Region"
            + " Norrbotten den 19:e april 2024. I just det här mötet deltog företrädare för:")
        .addParticipants(StakeholderGroup.of("Kommunen", StakeholderKind.MUNICIPALITY),
            StakeholderGroup.of("Civilsamhälle", StakeholderKind.CIVIL_SOCIETY),
            StakeholderGroup.of("Näringsliv", StakeholderKind.BUSINESS),
            StakeholderGroup.of("Privatpersoner", StakeholderKind.INDIVIDUALS))
        .addPriorities(
            PriorityArea.builder().rank(1).title("Kompetensförsörjning").description("Deltagarna lyfter"
                + " behovet av att behålla unga i kommunen genom fler utbildningar på distans och"
                + " praktikplatser i det lokala näringslivet.").build(),
            PriorityArea.builder().rank(2).title("Service på landsbygden").description("Tillgång till"
                + " livsmedelsbutik, drivmedel och vård på rimligt avstånd ses som en förutsättning för"
                + " att kunna bo kvar.").build(),
            PriorityArea.builder().rank(3).title("Kommunikationer").description("Bättre bussförbindelser"
                + " till Luleå och pålitlig mobiltäckning längs älvdalen.").build())
        .addAreas(
            AreaInput.builder().area("accessibility")
                .addOpportunities(Opportunity.of("Samåkningstjänster och anropsstyrd trafik i glesbygden."),
                    Opportunity.of("Utbyggt fibernät som gör distansarbete möjligt."))
                .addChallenges(Challenge.of("Långa avstånd och glesa turer."),
                    Challenge.of("Vinterväghållningen på det mindre vägnätet."))
                .build(),
            AreaInput.builder().area("culture-housing-work-welfare")
                .addOpportunities(Opportunity.of("Folkets hus som mötesplats för kultur och föreningsliv."))
                .addChallenges(Challenge.of("Brist på hyreslägenheter för både unga och äldre."))
                .build(),
            AreaInput.builder().area("skills")
                .addOpportunities(Opportunity.of("Lärcentrum med yrkesutbildningar på distans."))
                .addChallenges(Challenge.of("Svårt att rekrytera lärare och sjuksköterskor."))
                .build(),
            AreaInput.builder().area("innovation").coverage(Coverage.NOT_DISCUSSED)
                .note("Detta område diskuterades inte vid mötet.").build())
        .build();
  }

  /** {@return the seed, Överkalix and youth meetings: a dialogue to test synthesis on} */
  public static Dialogue threeMeetings() {
    return dialogueOf(seed(), overkalix(), youthDialogue());
  }

  /**
   * {@return a third meeting for cross-meeting tests: it repeats the Överkalix meeting's first priority
   * ("Kompetensförsörjning.") and the seed's first ("boende  och infrastruktur") in other spelling,
   * relates one priority to a strategic area, has direct, indirect and not-discussed areas, and
   * gives head counts for two of its three groups ("Unga (12)", "Akademi (3)"), and has the region's
   * answer to its first priority (adopted, "Mål 2.3") and its opportunity (not adopted, with a reason)}
   */
  public static Meeting youthDialogue() {
    return Meeting.builder()
        .title("Ungdomsdialog Luleå")
        .date(LocalDate.of(2024, 5, 20))
        .summary("Unga och forskare om framtiden i Luleå. I just det här mötet deltog företrädare för:")
        .addParticipants(StakeholderGroup.of("Unga").withAttendees(12), StakeholderGroup.of("Akademi").withAttendees(3),
            StakeholderGroup.of("Byalaget"))
        .addPriorities(
            PriorityArea.builder().rank(1).title("Kompetensförsörjning.")
                .description("Fler utbildningsplatser nära hemmet.")
                .response(Response.of(ResponseStatus.ADOPTED, Optional.empty(), Optional.of("Mål 2.3"))).build(),
            PriorityArea.builder().rank(2).title("boende  och infrastruktur")
                .description("Billiga bostäder för studenter.").build(),
            PriorityArea.builder().rank(3).title("Digital infrastruktur")
                .description("Mobiltäckning överallt.").addAreas("accessibility").build())
        .addAreas(
            AreaInput.builder().area("accessibility")
                .addOpportunities(Opportunity.of("5G längs E4:an.").withResponse(Optional.of(Response.of(
                    ResponseStatus.NOT_ADOPTED, Optional.of("Mobilnätet byggs av operatörerna, inte av regionen."),
                    Optional.empty())))).build(),
            AreaInput.builder().area("skills").coverage(Coverage.INDIRECT)
                .note("Nämns inte direkt, men:")
                .addInsights(Insight.of("Unga vill plugga på hemmaplan.")).build(),
            AreaInput.builder().area("innovation").coverage(Coverage.NOT_DISCUSSED)
                .note("Detta område diskuterades inte.").build())
        .build();
  }

  /** {@return the unicode-heavy meeting as a dialogue of one} */
  public static Dialogue unicodeDialogue() {
    return dialogueOf(unicodeHeavy());
  }

  /**
   * {@return a dialogue with the Norrbotten catalogue, the seed's name and organiser, and these meetings}
   *
   * @param meetings the meetings
   */
  public static Dialogue dialogueOf(Meeting... meetings) {
    return Dialogue.builder()
        .name(DIALOGUE_NAME)
        .organiser(ORGANISER)
        .strategicAreas(StrategicAreaCatalogue.norrbotten().areas())
        .addMeetings(meetings)
        .build();
  }

  private static String longText(int length) {
    String words = "Álgoálbmot čuođi đuoddara ŋuolggat ŧuvvot šaddat žiehtá Övertorneå ärrä ";
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      text.append(words);
    }
    text.setLength(length - 1);
    return text.append('.').toString();
  }
}

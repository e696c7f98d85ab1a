package io.github.rusdialog.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kind of a stakeholder group, used to compare who was heard across meetings. Each kind has
 * the stable id used in data ({@code municipality}, {@code civil-society}, …).
 *
 * @since 0.1.0
 */
public enum StakeholderKind {
  /** Municipalities ("Kommunen"). */
  MUNICIPALITY("municipality", "kommun", "kommunen", "kommuner", "kommunerna", "kommunala aktörer"),
  /** Business ("Näringsliv"). */
  BUSINESS("business", "näringsliv", "näringslivet", "företag", "företagare", "företagen",
      "näringslivsrepresentanter"),
  /** National minorities and Sami ("Nationella minoriteter"). */
  MINORITIES("minorities", "minoriteter", "nationella minoriteter", "samer", "sverigefinnar",
      "tornedalingar", "judar", "romer", "urfolk", "sametinget", "samebyar", "samebyarna"),
  /** Civil society and associations ("Civilsamhälle"). */
  CIVIL_SOCIETY("civil-society", "civilsamhälle", "civilsamhället", "föreningsliv",
      "föreningslivet", "föreningar", "ideell sektor", "ideella organisationer"),
  /** Young people ("Unga"). */
  YOUTH("youth", "unga", "ungdomar", "ungdom", "ungdomsråd", "ungdomsrådet", "unga vuxna"),
  /** Government authorities ("Myndigheter"). */
  AUTHORITIES("authorities", "myndigheter", "myndigheterna", "myndighet", "statliga myndigheter", "länsstyrelsen"),
  /** Universities and researchers ("Akademi"). */
  ACADEMIA("academia", "akademi", "akademin", "universitet", "högskola", "högskolor",
      "luleå tekniska universitet", "forskare"),
  /** The region itself ("Region Norrbotten"). */
  REGION("region", "region", "regionen", "region norrbotten", "regionala aktörer"),
  /** Private persons and the public ("Privatpersoner"). */
  INDIVIDUALS("individuals", "privatpersoner", "privatperson", "medborgare", "invånare",
      "allmänheten", "allmänhet"),
  /** A group whose name the catalogue does not know. */
  OTHER("other");

  private static final Map<String, StakeholderKind> BY_NAME = new HashMap<>();

  static {
    for (StakeholderKind kind : values()) {
      for (String name : kind.swedishNames) {
        BY_NAME.put(name, kind);
      }
    }
  }

  private final String id;
  private final String[] swedishNames;

  StakeholderKind(String id, String... swedishNames) {
    this.id = id;
    this.swedishNames = swedishNames;
  }

  /** {@return the stable id used in data, e.g. {@code civil-society}} */
  public String id() {
    return id;
  }

  /**
   * {@return the kind with this id, if there is one}
   *
   * @param id the id as data writes it, e.g. {@code civil-society}
   */
  public static Optional<StakeholderKind> fromId(String id) {
    return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
  }

  /**
   * {@return the kind that a group name as summaries write it stands for ("Kommunen", "Nationella
   * minoriteter", …), ignoring case and surrounding punctuation; {@link #OTHER} for names the
   * catalogue does not know}
   *
   * @param name the group's name as written
   */
  public static StakeholderKind forGroupName(String name) {
    InvalidArgumentException.requireNonNull(name, "name");
    String key = name.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ")
        .replaceAll("[.,;:]+$", "").toLowerCase(Locale.ROOT);
    return BY_NAME.getOrDefault(key, OTHER);
  }
}

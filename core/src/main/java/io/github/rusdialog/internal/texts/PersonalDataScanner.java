package io.github.rusdialog.internal.texts;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.privacy.PersonalDataFinding;
import io.github.rusdialog.privacy.PersonalDataKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a dialogue's texts by the rules that define it: a Swedish personal
 * identity number is a date of birth (or, for a co-ordination number, the day plus 60), three
 * digits and a Luhn check digit, in the forms Skatteverket writes it; an e-mail address is a local
 * part, "@" and a domain with a dot; a Swedish mobile number starts 070, 072, 073, 076 or 079 (or
 * +46 7…) and has ten digits. Organisation numbers (month digits 20 or more), dates, years, ranges,
 * sums, postcodes and other numbers fail these rules and are not found.
 */
public final class PersonalDataScanner {
  /** One finding, with the text as written: for finding its line in a source, never for a message. */
  public record Found(PersonalDataFinding finding, String written) {}

  /** Six or eight digits, an optional "-" or "+", four digits: YYMMDD-NNNC, YYYYMMDDNNNC, … */
  private static final Pattern IDENTITY = Pattern.compile("(?<![\\p{L}\\p{N}+\\-/.,])((?:\\d{2})?)(\\d{6})([-+]?)(\\d{4})"
      + "(?![\\p{L}\\p{N}]|[-/,.]\\d)");
  private static final Pattern EMAIL = Pattern.compile("(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}][\\p{L}\\p{N}._%+-]{0,63})@"
      + "((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+\\p{L}{2,24})(?![\\p{L}\\p{N}])");
  private static final Pattern MOBILE = Pattern.compile("(?<![\\p{L}\\p{N}+])((?:\\+46|0046)[ \\u00A0-]?(?:\\(0\\))?"
      + "[ \\u00A0-]?|0)(7[02369](?:[ \\u00A0-]?\\d){7})(?![\\p{L}\\p{N}]|[ \\u00A0-]\\d)");

  private PersonalDataScanner() {}

  /** {@return every piece of personal data in the dialogue's texts, in document order} */
  public static List<Found> scan(Dialogue dialogue) {
    List<Found> found = new ArrayList<>();
    DialogueTextWalker.walk(dialogue, text -> {
      if (!text.shown()) {
        scan(text.value(), text.where(), found);
      }
    });
    return found;
  }

  /** Adds the personal data in one text, at {@code place}, to {@code found}. */
  static void scan(String text, String place, List<Found> found) {
    boolean digits = text.chars().anyMatch(Character::isDigit);
    if (digits) {
      Matcher mobile = MOBILE.matcher(text);
      List<int[]> taken = new ArrayList<>();
      while (mobile.find()) {
        taken.add(new int[] {mobile.start(), mobile.end()});
        found.add(new Found(PersonalDataFinding.of(PersonalDataKind.MOBILE_NUMBER, place, maskMobile(mobile.group())),
            mobile.group()));
      }
      Matcher identity = IDENTITY.matcher(text);
      while (identity.find()) {
        if (overlaps(taken, identity.start(), identity.end())) {
          continue;
        }
        PersonalDataKind kind = identityKind(identity.group(1), identity.group(2), identity.group(3),
            identity.group(4));
        if (kind != null) {
          found.add(new Found(PersonalDataFinding.of(kind, place, identity.group(1) + identity.group(2)
              + (identity.group(3).isEmpty() ? "" : identity.group(3)) + "****"), identity.group()));
        }
      }
    }
    if (text.indexOf('@') >= 0) {
      Matcher email = EMAIL.matcher(text);
      while (email.find()) {
        found.add(new Found(PersonalDataFinding.of(PersonalDataKind.EMAIL_ADDRESS, place,
            email.group(1).codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append) + "***@" + email.group(2)), email.group()));
      }
    }
  }

  private static boolean overlaps(List<int[]> taken, int start, int end) {
    return taken.stream().anyMatch(range -> start < range[1] && range[0] < end);
  }

  /**
   * The kind of a number written as an identity number, or null when it is none: the date must be
   * a real one (the day less 60 for a co-ordination number) and the tenth digit the Luhn check of
   * the nine before it.
   */
  static PersonalDataKind identityKind(String century, String date, String separator, String serial) {
    String tenDigits = date + serial;
    if (!luhn(tenDigits)) {
      return null;
    }
    int yy = Integer.parseInt(date.substring(0, 2));
    int month = Integer.parseInt(date.substring(2, 4));
    int day = Integer.parseInt(date.substring(4, 6));
    boolean coordination = day > 60;
    if (coordination) {
      day -= 60;
    }
    if (century.isEmpty()) {
      // Without the century the date is valid if it is in either of the last two centuries.
      if (!isDate(1900 + yy, month, day) && !isDate(2000 + yy, month, day) && !isDate(1800 + yy, month, day)) {
        return null;
      }
    } else if (!separator.equals("+") && isDate(Integer.parseInt(century) * 100 + yy, month, day)) {
      int year = Integer.parseInt(century) * 100 + yy;
      if (year < 1840) {
        return null;
      }
    } else {
      return null;
    }
    return coordination ? PersonalDataKind.COORDINATION_NUMBER : PersonalDataKind.PERSONAL_IDENTITY_NUMBER;
  }

  private static boolean isDate(int year, int month, int day) {
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** The Luhn (mod 10) check: the last digit makes the weighted sum of all a multiple of ten. */
  static boolean luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      if (i % 2 == 0) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  /** "070-123 45 67" as "070-*** ** **": the operator prefix kept, every other digit masked. */
  private static String maskMobile(String written) {
    StringBuilder masked = new StringBuilder();
    int digits = 0;
    int keep = written.startsWith("+") || written.startsWith("00") ? 5 + (written.startsWith("00") ? 1 : 0) : 3;
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (Character.isDigit(c)) {
        digits++;
        masked.append(digits <= keep ? c : '*');
      } else {
        masked.append(c);
      }
    }
    return masked.toString();
  }
}

package io.github.rusdialog.model;

import java.util.Locale;
import java.util.regex.Pattern;

/** The rules every text in the model follows, shared by all value types. */
final class Texts {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Texts() {}

  /** Checks an id: lowercase letters, digits and single hyphens, as ids appear in data and URLs. */
  static void requireId(String field, String value) {
    requireNonNull(field, value);
    if (!ID.matcher(value).matches()) {
      throw new ModelValidationException(field, quote(value)
          + " is not an id: use lowercase letters, digits and single hyphens, e.g. \"skills\"");
    }
  }

  /** A null where the model needs a value, as the same validation error as any other. */
  static void requireNonNull(String field, Object value) {
    if (value == null) {
      throw new ModelValidationException(field, "required, but null");
    }
  }

  /** Checks a head count: absent, or 1 or more (a group or meeting nobody came to is not listed). */
  static void requireAttendees(String field, java.util.OptionalInt value) {
    requireNonNull(field, value);
    if (value.isPresent() && value.getAsInt() < 1) {
      throw new ModelValidationException(field, value.getAsInt()
          + " is not a head count: give 1 or more people, or leave it out if unknown");
    }
  }

  /** Checks a required text: not blank, and only characters every export format can carry. */
  static void requireText(String field, String value) {
    requireNonNull(field, value);
    if (value.isBlank()) {
      throw new ModelValidationException(field, "must not be blank");
    }
    requireStorable(field, value);
  }

  /**
   * Rejects characters that Excel files cannot hold and Apache POI would silently turn into
   * {@code ?}: control characters other than tab and line breaks, lone surrogates, U+FFFE, U+FFFF.
   * A carriage return passes: each type's check turns it into a line feed ({@link #normalise}).
   */
  static void requireStorable(String field, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String problem = null;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        problem = "control character " + codePoint(c) + " is not allowed (only tab and line breaks are)";
      } else if (c == 0xFFFE || c == 0xFFFF) {
        problem = "the non-character " + codePoint(c) + " is not allowed";
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        problem = "lone surrogate " + codePoint(c) + " is not a character";
      } else if (Character.isLowSurrogate(c)) {
        problem = "lone surrogate " + codePoint(c) + " is not a character";
      }
      if (problem != null) {
        throw new ModelValidationException(field, problem + ", at index " + i + " of " + quote(value));
      }
    }
  }

  /**
   * The builders' "some of required attributes are not set [title, date]" as a validation
   * error naming the fields, so that every invalid model value fails the same way.
   */
  static ModelValidationException missing(String type, IllegalStateException e) {
    java.util.regex.Matcher fields = MISSING.matcher(String.valueOf(e.getMessage()));
    String names = fields.find() ? fields.group(1) : "required fields";
    ModelValidationException missing = new ModelValidationException(names,
        "required, but not set; a " + type + " needs " + names.replace(", ", " and "));
    missing.initCause(e);
    return missing;
  }

  private static final Pattern MISSING = Pattern.compile("not set \\[([^\\]]*)\\]");

  /** Rejects a null element of a list: {@code participants[2]: required, but null}. */
  static void requireElements(String field, java.util.List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      requireNonNull(field + "[" + i + "]", values.get(i));
    }
  }

  /**
   * True if the text has whitespace at either end, or a carriage return (CRLF is what browsers send
   * from a text area, a lone CR what old Macs wrote): {@link #normalise} changes it.
   */
  static boolean needsNormalising(String value) {
    return !value.isEmpty()
        && (Character.isWhitespace(value.charAt(0))
            || Character.isWhitespace(value.charAt(value.length() - 1))
            || value.indexOf('\r') >= 0);
  }

  /** The text as the model keeps it: CRLF and lone CR as a line feed, whitespace at the ends removed. */
  static String normalise(String value) {
    return value.replace("\r\n", "\n").replace('\r', '\n').strip();
  }

  static String codePoint(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /** A short quotation of a value for error messages: long texts are cut, controls escaped. */
  static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    int limit = Math.min(value.length(), 60);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
        out.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    if (value.length() > limit) {
      out.append("…");
    }
    return out.append('"').toString();
  }
}

package io.github.rusdialog.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The optional fields of one builder that were last set to null. The generated setters refuse
 * null at once with a bare {@code NullPointerException}; the builders pass them empty instead and
 * report the null at {@code build()}, as a {@link ModelValidationException} naming the field, like
 * every other invalid value.
 */
final class NullSettings {
  private final Set<String> fields = new LinkedHashSet<>();

  Optional<String> text(String field, String value) {
    record(field, value == null);
    return Optional.ofNullable(value);
  }

  Optional<String> text(String field, Optional<String> value) {
    record(field, value == null);
    return value == null ? Optional.empty() : value;
  }

  /** An optional value argument, or none when it is null (reported at {@code check()}). */
  <T> Optional<T> value(String field, T value) {
    record(field, value == null);
    return Optional.ofNullable(value);
  }

  /** An optional value argument, or none when it is null (reported at {@code check()}). */
  <T> Optional<T> value(String field, Optional<T> value) {
    record(field, value == null);
    return value == null ? Optional.empty() : value;
  }

  /** A head count argument, or none when it is null (reported at {@code check()}). */
  java.util.OptionalInt count(String field, java.util.OptionalInt value) {
    record(field, value == null);
    return value == null ? java.util.OptionalInt.empty() : value;
  }

  /** A collection argument, or none when it is null (reported at {@code check()}). */
  <T> Iterable<T> elements(String field, Iterable<T> value) {
    record(field, value == null);
    return value == null ? List.of() : value;
  }

  /** An array argument as a list, or none when it is null (reported at {@code check()}). */
  @SafeVarargs
  final <T> Iterable<T> elements(String field, T... value) {
    record(field, value == null);
    return value == null ? List.of() : Arrays.asList(value);
  }

  private void record(String field, boolean isNull) {
    if (isNull) {
      fields.add(field);
    } else {
      fields.remove(field);
    }
  }

  void check() {
    if (!fields.isEmpty()) {
      throw new ModelValidationException(fields.iterator().next(), "required, but null; leave it unset"
          + " or pass Optional.empty() for none");
    }
  }
}

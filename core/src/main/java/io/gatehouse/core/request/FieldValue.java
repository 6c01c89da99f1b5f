package io.gatehouse.core.request;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The value of one request field, by the shape the field type gives it. A field that was left empty
 * (JSON null, an empty string or an empty list) has no value at all: it is absent from the
 * request's field map, never one of these.
 */
public sealed interface FieldValue {

  /** The value as plain text: the text itself, an option's label, a user's account id. */
  String asText();

  /** Single-line or paragraph text, a URL. */
  record Text(String text) implements FieldValue {
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String asText() {
      return text;
    }
  }

  /** One option of a select or radio field: its stable id and its label. */
  record Option(String id, String value) implements FieldValue {
    public Option {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String asText() {
      return value;
    }
  }

  /** The chosen options of a multi-select or checkbox field, in the order the desk gives them. */
  record Options(List<Option> options) implements FieldValue {
    public Options {
      options = List.copyOf(options);
    }

    @Override
    public String asText() {
      return String.join(", ", options.stream().map(Option::value).toList());
    }
  }

  /** A user picker's value. */
  record User(Person person) implements FieldValue {
    public User {
      Objects.requireNonNull(person, "person");
    }

    @Override
    public String asText() {
      return person.accountId();
    }
  }

  /** A multi-user picker's value. */
  record Users(List<Person> people) implements FieldValue {
    public Users {
      people = List.copyOf(people);
    }

    @Override
    public String asText() {
      return String.join(", ", people.stream().map(Person::accountId).toList());
    }
  }

  /** A number field. */
  record Number(BigDecimal number) implements FieldValue {
    public Number {
      Objects.requireNonNull(number, "number");
    }

    @Override
    public String asText() {
      return number.toPlainString();
    }
  }

  /** A date picker's value. */
  record Date(LocalDate date) implements FieldValue {
    public Date {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public String asText() {
      return date.toString();
    }
  }
}

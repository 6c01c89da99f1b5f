package io.gatehouse.testkit.jsm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A request field value in one of the shapes JSM gives {@code requestFieldValues[].value}. Options
 * and users are rendered at answer time, so their {@code self} links point at the running simulator
 * and users show the account's current profile.
 *
 * @param fieldId the field id, such as {@code customfield_10071}
 * @param label the field's label on the portal
 * @param shape how the value is rendered
 * @param parts the value's parts: the text; option ids and labels alternating; account ids
 * @param hidden whether the field is hidden on the request type, so never listed
 */
public record JsmField(
    String fieldId, String label, Shape shape, List<String> parts, boolean hidden) {

  /** The JSON shape of a value. */
  public enum Shape {
    TEXT,
    NUMBER,
    OPTION,
    OPTIONS,
    USER,
    USERS,
    NULL,
    EMPTY_LIST,
    RAW_JSON
  }

  /** A select option: its id and its label (called {@code value} on the wire). */
  public record Option(String id, String value) {
    public Option {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(value, "value");
    }
  }

  public JsmField {
    Objects.requireNonNull(fieldId, "fieldId");
    label = label == null ? "" : label;
    Objects.requireNonNull(shape, "shape");
    parts = List.copyOf(parts);
  }

  /** Single-line text, paragraph, URL; also date ({@code 2025-03-01}) and date-time pickers. */
  public static JsmField text(String fieldId, String label, String text) {
    return new JsmField(fieldId, label, Shape.TEXT, List.of(text), false);
  }

  public static JsmField number(String fieldId, String label, BigDecimal number) {
    return new JsmField(fieldId, label, Shape.NUMBER, List.of(number.toPlainString()), false);
  }

  /** A single select or radio button value. */
  public static JsmField option(String fieldId, String label, Option option) {
    return new JsmField(fieldId, label, Shape.OPTION, List.of(option.id(), option.value()), false);
  }

  /** A multi-select or checkbox value; no options renders as {@code []}. */
  public static JsmField options(String fieldId, String label, Option... options) {
    List<String> parts = new ArrayList<>();
    for (Option option : options) {
      parts.add(option.id());
      parts.add(option.value());
    }
    return new JsmField(fieldId, label, Shape.OPTIONS, parts, false);
  }

  /** A user picker value; the account must be seeded. */
  public static JsmField user(String fieldId, String label, String accountId) {
    return new JsmField(fieldId, label, Shape.USER, List.of(accountId), false);
  }

  /** A multi-user picker value; the accounts must be seeded. */
  public static JsmField users(String fieldId, String label, String... accountIds) {
    return new JsmField(fieldId, label, Shape.USERS, Arrays.asList(accountIds), false);
  }

  /** A field left empty that JSM lists with a JSON {@code null}. */
  public static JsmField nullValue(String fieldId, String label) {
    return new JsmField(fieldId, label, Shape.NULL, List.of(), false);
  }

  /** A multi-value field left empty that JSM lists as {@code []}. */
  public static JsmField emptyList(String fieldId, String label) {
    return new JsmField(fieldId, label, Shape.EMPTY_LIST, List.of(), false);
  }

  /** Any other value, given as JSON text (labels, cascading selects). */
  public static JsmField rawJson(String fieldId, String label, String json) {
    return new JsmField(fieldId, label, Shape.RAW_JSON, List.of(json), false);
  }

  /** The same value on a field hidden from the request type's form: never listed. */
  public JsmField asHidden() {
    return new JsmField(fieldId, label, shape, parts, true);
  }

  List<Option> optionList() {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i + 1 < parts.size(); i += 2) {
      options.add(new Option(parts.get(i), parts.get(i + 1)));
    }
    return options;
  }
}

package io.gatehouse.core.plan;

import io.gatehouse.core.catalog.Action;
import io.gatehouse.core.catalog.RequestType;
import io.gatehouse.core.catalog.Role;
import io.gatehouse.core.directory.NewUser;
import io.gatehouse.core.request.FieldValue;
import io.gatehouse.core.request.ServiceRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an approved request into a provisioning plan, or into the list of what is wrong with it.
 * Everything the request says is checked here, before any directory call: the login never comes
 * from a display name, and a group outside the type's allow-list refuses the whole request.
 */
public final class Planner {
  private static final int MAX_NAME_LENGTH = 50;
  private static final int MAX_GROUPS = 50;
  private static final String NOT_IN_NAMES = "{}[]|<>";

  public PlanOutcome plan(ServiceRequest request, RequestType type) {
    return switch (type.action()) {
      case ONBOARD -> onboarding(request, type);
      case OFFBOARD -> offboarding(request, type);
      case GRANT_GROUPS, REVOKE_GROUPS -> groupChange(request, type);
      case RESET_PASSWORD, UNLOCK, SUSPEND, UNSUSPEND -> statusChange(request, type);
    };
  }

  private PlanOutcome offboarding(ServiceRequest request, RequestType type) {
    List<String> problems = new ArrayList<>();

    String login = accountLogin(request, type, problems);
    if (!problems.isEmpty()) {
      return new PlanOutcome.Invalid(problems);
    }

    return ready(request, login, List.of(new Step.Deactivate(login)));
  }

  private PlanOutcome statusChange(ServiceRequest request, RequestType type) {
    List<String> problems = new ArrayList<>();

    String login = accountLogin(request, type, problems);
    if (!problems.isEmpty()) {
      return new PlanOutcome.Invalid(problems);
    }

    Step step =
        switch (type.action()) {
          case RESET_PASSWORD -> new Step.ResetPassword(login, type.credentialDelivery());
          case UNLOCK -> new Step.Unlock(login);
          case SUSPEND -> new Step.Suspend(login);
          case UNSUSPEND -> new Step.Unsuspend(login);
          default -> throw new IllegalArgumentException(type.action() + " is not a status change");
        };
    return ready(request, login, List.of(step));
  }

  private PlanOutcome groupChange(ServiceRequest request, RequestType type) {
    List<String> problems = new ArrayList<>();

    String login = accountLogin(request, type, problems);
    List<String> groups = requestedGroups(request, type, problems);
    if (!problems.isEmpty()) {
      return new PlanOutcome.Invalid(problems);
    }

    List<Step> steps =
        groups.stream()
            .<Step>map(
                group ->
                    type.action() == Action.GRANT_GROUPS
                        ? new Step.AddToGroup(group)
                        : new Step.RemoveFromGroup(login, group))
            .toList();
    return ready(request, login, steps);
  }

  /**
   * The groups the groups field names, at least one, each in the type's allow-list. Default groups
   * play no part: a grant or revocation touches only what the request names.
   */
  private static List<String> requestedGroups(
      ServiceRequest request, RequestType type, List<String> problems) {
    Optional<String> fieldId = type.fieldFor(Role.GROUPS);
    if (fieldId.isEmpty()) {
      problems.add("request type " + type.name() + " maps no field to the groups");
      return List.of();
    }
    List<String> names =
        request.field(fieldId.get()).map(Planner::groupNames).orElse(List.of()).stream()
            .distinct()
            .toList();
    if (names.isEmpty()) {
      problems.add("field " + fieldId.get() + " (groups) names no group");
      return List.of();
    }
    if (names.size() > MAX_GROUPS) {
      problems.add("the request names " + names.size() + " groups; at most " + MAX_GROUPS);
      return List.of();
    }
    for (String name : names) {
      if (!type.allowedGroups().contains(name)) {
        problems.add(
            "group '" + name + "' is not in the allow-list of request type " + type.name());
      }
    }
    return names;
  }

  /**
   * The login of the existing account a request is about: from the login field when the type maps
   * one, else from the work e-mail field; never from the reporter or a display name.
   */
  private static String accountLogin(
      ServiceRequest request, RequestType type, List<String> problems) {
    Role role = type.fieldFor(Role.LOGIN).isPresent() ? Role.LOGIN : Role.EMAIL;
    String login =
        text(request, type, role, role == Role.LOGIN ? "login" : "work e-mail", problems);
    checkAddress(type, role, login, problems);
    return login;
  }

  private static PlanOutcome ready(ServiceRequest request, String login, List<Step> steps) {
    return new PlanOutcome.Ready(new ProvisioningPlan(request.key(), login, steps));
  }

  private PlanOutcome onboarding(ServiceRequest request, RequestType type) {
    List<String> problems = new ArrayList<>();

    String email = text(request, type, Role.EMAIL, "work e-mail", problems);
    String login =
        type.fieldFor(Role.LOGIN).isPresent()
            ? text(request, type, Role.LOGIN, "login", problems)
            : email;
    String firstName = text(request, type, Role.FIRST_NAME, "first name", problems);
    String lastName = text(request, type, Role.LAST_NAME, "last name", problems);
    checkAddress(type, Role.EMAIL, email, problems);
    if (type.fieldFor(Role.LOGIN).isPresent()) {
      checkAddress(type, Role.LOGIN, login, problems);
    }
    checkName(type, Role.FIRST_NAME, firstName, problems);
    checkName(type, Role.LAST_NAME, lastName, problems);
    List<String> groups = groups(request, type, problems);
    if (!problems.isEmpty()) {
      return new PlanOutcome.Invalid(problems);
    }

    NewUser user = new NewUser(login, email, firstName, lastName, profile(request, type));
    List<Step> steps = new ArrayList<>();
    steps.add(new Step.CreateUser(user, type.credentialDelivery()));
    groups.forEach(group -> steps.add(new Step.AddToGroup(group)));
    return new PlanOutcome.Ready(new ProvisioningPlan(request.key(), login, steps));
  }

  private static String text(
      ServiceRequest request, RequestType type, Role role, String what, List<String> problems) {
    Optional<String> fieldId = type.fieldFor(role);
    if (fieldId.isEmpty()) {
      problems.add("request type " + type.name() + " maps no field to the " + what);
      return "";
    }
    Optional<FieldValue> value = request.field(fieldId.get());
    if (value.isEmpty() && request.isUnreadable(fieldId.get())) {
      problems.add(
          "field "
              + fieldId.get()
              + " ("
              + what
              + ") could not be read: Gatehouse's Jira account cannot see it; put the field on the"
              + " request type's issue screen and give the account Browse projects");
      return "";
    }
    if (value.isEmpty() || value.get().asText().isBlank()) {
      problems.add("field " + fieldId.get() + " (" + what + ") is not provided");
      return "";
    }
    return value.get().asText().strip();
  }

  private static void checkAddress(
      RequestType type, Role role, String address, List<String> problems) {
    if (address.isEmpty()) {
      return;
    }
    String fieldId = type.fieldFor(role).orElse("");
    Optional<String> problem = EmailAddress.problem(address);
    if (problem.isPresent()) {
      problems.add("field " + fieldId + " value '" + address + "' " + problem.get());
      return;
    }
    String domain = EmailAddress.domain(address);
    if (!type.allowedEmailDomains().isEmpty() && !type.allowedEmailDomains().contains(domain)) {
      problems.add(
          "field "
              + fieldId
              + " value '"
              + address
              + "' is in domain "
              + domain
              + ", which request type "
              + type.name()
              + " does not allow");
    }
  }

  private static void checkName(RequestType type, Role role, String name, List<String> problems) {
    boolean odd =
        name.chars().anyMatch(c -> Character.isISOControl(c) || NOT_IN_NAMES.indexOf(c) >= 0);
    if (odd) {
      problems.add(
          "field "
              + type.fieldFor(role).orElse("")
              + " holds a line break, a control character or one of "
              + NOT_IN_NAMES);
    }
    if (name.length() > MAX_NAME_LENGTH) {
      problems.add(
          "field "
              + type.fieldFor(role).orElse("")
              + " is longer than "
              + MAX_NAME_LENGTH
              + " characters");
    }
  }

  private static List<String> groups(
      ServiceRequest request, RequestType type, List<String> problems) {
    Set<String> names = new LinkedHashSet<>(type.defaultGroups());
    type.fieldFor(Role.GROUPS)
        .flatMap(request::field)
        .ifPresent(value -> names.addAll(groupNames(value)));

    if (names.size() > MAX_GROUPS) {
      problems.add("the request asks for " + names.size() + " groups; at most " + MAX_GROUPS);
      return List.of();
    }
    for (String name : names) {
      if (!type.allowedGroups().contains(name) && !type.defaultGroups().contains(name)) {
        problems.add(
            "group '" + name + "' is not in the allow-list of request type " + type.name());
      }
    }
    return List.copyOf(names);
  }

  private static List<String> groupNames(FieldValue value) {
    if (value instanceof FieldValue.Options options) {
      return options.options().stream().map(FieldValue.Option::value).toList();
    }
    if (value instanceof FieldValue.Option option) {
      return List.of(option.value());
    }
    return List.of(value.asText().split("[,\\n]")).stream()
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .toList();
  }

  private static Map<String, String> profile(ServiceRequest request, RequestType type) {
    Map<String, String> profile = new LinkedHashMap<>();
    type.profileFields()
        .forEach(
            (attribute, fieldId) ->
                request
                    .field(fieldId)
                    .map(Planner::profileText)
                    .filter(text -> !text.isBlank())
                    .ifPresent(text -> profile.put(attribute, text)));
    return profile;
  }

  private static String profileText(FieldValue value) {
    return value instanceof FieldValue.User user ? user.person().displayName() : value.asText();
  }
}

package io.gatehouse.okta.internal;

import com.okta.sdk.resource.api.GroupApi;
import com.okta.sdk.resource.model.Group;
import io.gatehouse.core.directory.ChangeResult;
import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.DirectoryUser;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.directory.GroupType;
import io.gatehouse.core.port.DirectoryException;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Groups and memberships. Okta answers 204 to a membership change whether or not it changed
 * anything, so each change reads the account's groups (every page, from the primary store) first.
 */
final class Memberships {
  /** A membership change for an account created a moment ago may see 404 while Okta settles. */
  static final List<Duration> SETTLING = List.of(Duration.ofSeconds(1), Duration.ofSeconds(2));

  private static final Logger LOG = LoggerFactory.getLogger(Memberships.class);

  private final OktaCalls calls;

  Memberships(OktaCalls calls) {
    this.calls = calls;
  }

  GroupLookup find(String name) {
    List<Group> named =
        calls.call("findGroup", OktaCalls.Retry.SAFE, client -> Lookups.groupsNamed(client, name));
    return lookup(name, named);
  }

  GroupLookup find(String name, GroupType type) {
    com.okta.sdk.resource.model.GroupType oktaType =
        com.okta.sdk.resource.model.GroupType.fromValue(type.name());
    List<Group> named =
        calls.call(
            "findGroup",
            OktaCalls.Retry.SAFE,
            client -> Lookups.groupsNamed(client, name, oktaType));
    return lookup(name, named);
  }

  List<DirectoryGroup> of(DirectoryUser user) {
    return calls
        .call("groupsOf", OktaCalls.Retry.SAFE, client -> Lookups.groupsOfUser(client, user.id()))
        .stream()
        .map(Memberships::group)
        .toList();
  }

  ChangeResult add(DirectoryUser user, DirectoryGroup group) {
    if (!group.managedHere()) {
      return notManaged(group);
    }
    if (memberIds(user).contains(group.id())) {
      return ChangeResult.alreadyDone();
    }

    for (int attempt = 0; ; attempt++) {
      Answer<Object> answer =
          calls.attempt(
              "addToGroup",
              OktaCalls.Retry.SAFE,
              client -> {
                new GroupApi(client).assignUserToGroup(group.id(), user.id());
                return null;
              });
      if (answer.ok()) {
        LOG.info("Okta account {} added to group {}", user.id(), group.id());
        return ChangeResult.done();
      }
      if (answer.kind() != OktaErrorKind.NOT_FOUND || attempt >= SETTLING.size()) {
        throw settled(answer, user, group, attempt + 1);
      }
      calls.pause("addToGroup", SETTLING.get(attempt));
    }
  }

  ChangeResult remove(DirectoryUser user, DirectoryGroup group) {
    if (!group.managedHere()) {
      return notManaged(group);
    }
    if (!memberIds(user).contains(group.id())) {
      return ChangeResult.alreadyDone();
    }

    Answer<Object> answer =
        calls.attempt(
            "removeFromGroup",
            OktaCalls.Retry.SAFE,
            client -> {
              new GroupApi(client).unassignUserFromGroup(group.id(), user.id());
              return null;
            });
    if (!answer.ok() && memberIds(user).contains(group.id())) {
      throw answer.failure().toException("removeFromGroup", answer.cause());
    }
    LOG.info("Okta account {} removed from group {}", user.id(), group.id());
    return ChangeResult.done();
  }

  static DirectoryGroup group(Group group) {
    String name = group.getProfile() == null ? "" : group.getProfile().getName();
    return new DirectoryGroup(
        group.getId(),
        name == null ? "" : name,
        group.getType() == com.okta.sdk.resource.model.GroupType.OKTA_GROUP);
  }

  private List<String> memberIds(DirectoryUser user) {
    return calls.call(
        "groupsOf", OktaCalls.Retry.SAFE, client -> Lookups.groupIdsOfUser(client, user.id()));
  }

  private static GroupLookup lookup(String name, List<Group> named) {
    if (named.isEmpty()) {
      return new GroupLookup.Missing(name);
    }
    if (named.size() > 1) {
      return new GroupLookup.Ambiguous(name, named.size());
    }
    return new GroupLookup.Found(group(named.get(0)));
  }

  private static ChangeResult notManaged(DirectoryGroup group) {
    return ChangeResult.refused(
        "group " + group.name() + " is not an OKTA_GROUP; its members are managed by its source");
  }

  /** Still failing after the settling retries: retryable, so a later run tries again. */
  private static DirectoryException settled(
      Answer<?> answer, DirectoryUser user, DirectoryGroup group, int attempts) {
    DirectoryException failure = answer.failure().toException("addToGroup", answer.cause());
    if (answer.kind() != OktaErrorKind.NOT_FOUND) {
      return failure;
    }
    return new DirectoryException(
        "Okta addToGroup: account "
            + user.id()
            + " could not be added to group "
            + group.name()
            + " after "
            + attempts
            + " attempts (404 "
            + answer.failure().errorCode()
            + ")",
        DirectoryException.Kind.UNAVAILABLE,
        answer.cause());
  }
}

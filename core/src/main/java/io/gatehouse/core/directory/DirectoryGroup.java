package io.gatehouse.core.directory;

import java.util.Objects;

/**
 * A group in the identity directory.
 *
 * @param id the directory's id, such as {@code 00g1emaKYZTWRYYRRTSK}
 * @param name the exact group name
 * @param managedHere whether memberships can be changed through the directory's API; groups
 *     imported from another source (Okta's APP_GROUP) cannot
 */
public record DirectoryGroup(String id, String name, boolean managedHere) {
  public DirectoryGroup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}

package io.gatehouse.core.engine;

import io.gatehouse.core.directory.DirectoryGroup;
import io.gatehouse.core.directory.GroupLookup;
import io.gatehouse.core.port.IdentityDirectory;

/** Finds the one directory group a plan names, refusing any whose members Gatehouse cannot set. */
final class UsableGroups {
  private UsableGroups() {}

  /**
   * The group with exactly this name. Throws {@link StepFailure} when none or several have it, or
   * when it is imported from another source.
   */
  static DirectoryGroup find(IdentityDirectory directory, String name) {
    GroupLookup lookup = directory.findGroup(name);
    if (lookup instanceof GroupLookup.Missing) {
      throw new StepFailure("group " + name + " does not exist in Okta");
    }
    if (lookup instanceof GroupLookup.Ambiguous ambiguous) {
      throw new StepFailure(
          ambiguous.count() + " groups in Okta are named " + name + "; rename all but one");
    }
    DirectoryGroup group = ((GroupLookup.Found) lookup).group();
    if (!group.managedHere()) {
      throw new StepFailure(
          "group " + group.name() + " is imported from another source; its members cannot be set");
    }
    return group;
  }
}

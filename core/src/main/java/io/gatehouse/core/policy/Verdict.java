package io.gatehouse.core.policy;

import io.gatehouse.core.request.Person;
import java.util.List;
import java.util.Objects;

/** What the approval policy decided about a request. */
public sealed interface Verdict {

  /** The request may be provisioned; these people's approvals counted. */
  record Approved(List<Person> approvers) implements Verdict {
    public Approved {
      approvers = List.copyOf(approvers);
    }
  }

  /** The request is not decided yet and may become approved without anyone changing the rules. */
  record Waiting(String reason) implements Verdict {
    public Waiting {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The request must not be provisioned as it stands: declined, or approved by the wrong people.
   */
  record Rejected(String reason) implements Verdict {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}

package io.gatehouse.core.request;

/** Where an approval, or one approver's part in it, stands. */
public enum ApprovalDecision {
  APPROVED,
  DECLINED,
  PENDING
}

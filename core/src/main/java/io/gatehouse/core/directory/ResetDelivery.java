package io.gatehouse.core.directory;

/** How a password reset reaches the account's owner. */
public enum ResetDelivery {
  /** The directory e-mails the owner a reset link. */
  DIRECTORY_EMAIL,
  /** The directory answers the link, and Gatehouse delivers it. */
  LINK
}

package io.gatehouse.core.engine;

import io.gatehouse.core.ledger.Claim;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.core.port.ServiceDesk;
import io.gatehouse.core.port.Visibility;
import java.time.Clock;
import java.util.Optional;

/**
 * Posts the internal comments that say why a request is still open, once per distinct reason: a
 * request pending for a week gets one comment, not one per run, and a new reason gets a new one.
 */
final class Notices {
  private final ServiceDesk desk;
  private final Ledger ledger;
  private final Clock clock;

  Notices(ServiceDesk desk, Ledger ledger, Clock clock) {
    this.desk = desk;
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Posts the notice unless the last one posted on the request had the same reason.
   *
   * @param reason what makes the notice distinct, numbers aside; the body may carry more, such as
   *     the run's id
   * @return whether a comment was posted now
   */
  boolean post(Claim claim, String reason, String body) {
    String fingerprint = Fingerprint.ofReason(reason);
    Optional<String> last = ledger.lastNotice(claim.key());
    if (last.isPresent() && last.get().equals(fingerprint)) {
      return false;
    }
    desk.comment(claim.key(), body, Visibility.INTERNAL);
    ledger.noticePosted(claim, fingerprint, clock.instant());
    return true;
  }
}

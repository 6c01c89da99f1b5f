package io.gatehouse.lambda.support;

import io.gatehouse.core.port.Ledger;
import io.gatehouse.testkit.contract.LedgerContract;

/** The stand-in for the DynamoDB ledger keeps the same contract, so it hides no bug of theirs. */
class InMemoryLedgerTest extends LedgerContract {

  @Override
  protected Ledger newLedger() {
    return new InMemoryLedger();
  }
}

package io.gatehouse.http.local;

import io.gatehouse.core.request.RequestKey;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A separate process racing for one claim: opens the ledger, prints {@code ready}, waits for a line
 * on standard input, claims, and prints {@code won} or {@code lost}.
 */
final class ClaimContender {

  private ClaimContender() {}

  public static void main(String[] args) throws Exception {
    Path database = Path.of(args[0]);
    String owner = args[1];
    SqliteLedger ledger = new SqliteLedger(SqliteDatabase.open(database, Duration.ofSeconds(30)));
    System.out.println("ready");
    System.out.flush();

    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    boolean won =
        ledger
            .claim(
                RequestKey.of("ITS-42"),
                owner,
                Instant.parse("2026-03-01T09:00:00Z"),
                Duration.ofMinutes(5))
            .isPresent();

    System.out.println(won ? "won" : "lost");
    System.out.flush();
  }
}

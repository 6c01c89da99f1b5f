package io.gatehouse.http.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's claims are atomic across processes, as a CLI run next to the server needs. */
class SqliteLedgerAcrossProcessesTest {
  private static final int PROCESSES = 4;

  @TempDir Path folder;

  @Test
  @Timeout(120)
  void claim_grantsExactlyOneProcess_whenSeveralRaceOnOneFile() throws Exception {
    Path database = folder.resolve("gatehouse.db");
    List<Process> contenders = new ArrayList<>();
    List<BufferedReader> outputs = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      Process process = contender(database, "process-" + i);
      contenders.add(process);
      outputs.add(
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
    }
    try {
      for (BufferedReader output : outputs) {
        assertThat(output.readLine()).isEqualTo("ready");
      }

      for (Process process : contenders) {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
      }
      List<String> outcomes = new ArrayList<>();
      for (BufferedReader output : outputs) {
        outcomes.add(output.readLine());
      }

      assertThat(outcomes).containsOnly("won", "lost").filteredOn("won"::equals).hasSize(1);
    } finally {
      for (Process process : contenders) {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
  }

  private static Process contender(Path database, String owner) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            ClaimContender.class.getName(),
            database.toString(),
            owner)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}

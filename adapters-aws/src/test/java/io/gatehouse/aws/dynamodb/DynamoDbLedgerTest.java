package io.gatehouse.aws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.aws.AwsClients;
import io.gatehouse.aws.AwsStoreException;
import io.gatehouse.aws.testing.TestAws;
import io.gatehouse.core.port.Ledger;
import io.gatehouse.testkit.contract.LedgerContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The Ledger contract on dynalite through the real SDK, each test on a table of its own. */
@ExtendWith(DynaliteExtension.class)
class DynamoDbLedgerTest extends LedgerContract {
  private static Dynalite dynalite;
  private static DynamoDbClient client;

  private final List<DynamoDbClient> otherClients = new ArrayList<>();
  private String table;

  @BeforeAll
  static void connect(Dynalite server) {
    dynalite = server;
    client = Tables.client(server);
  }

  @Override
  protected Ledger newLedger() {
    table = Tables.ledger(client);
    return new DynamoDbLedger(client, table);
  }

  @Override
  protected Ledger openedAgain() {
    DynamoDbClient other = Tables.client(dynalite);
    otherClients.add(other);
    return new DynamoDbLedger(other, table);
  }

  @AfterEach
  void dropTable() {
    otherClients.forEach(DynamoDbClient::close);
    client.deleteTable(delete -> delete.tableName(table));
  }

  @AfterAll
  static void disconnect() {
    client.close();
  }

  @Test
  void storeFailure_isWrapped_withTheRequestKey() {
    DynamoDbLedger missing = new DynamoDbLedger(client, "no-such-table");

    assertThatThrownBy(() -> missing.claim(KEY, "run-a", T0, LEASE))
        .isInstanceOf(AwsStoreException.class)
        .hasMessageContaining("ITS-42")
        .hasMessageContaining("ResourceNotFoundException");
  }

  @Test
  void unreachableStore_isARetryableFailure_withTheRequestKey() {
    URI closed = URI.create("http://127.0.0.1:" + freePort());
    DynamoDbClient unreachable =
        AwsClients.build(
            DynamoDbClient.builder(), TestAws.connection(closed), TestAws.credentials());

    assertThatThrownBy(() -> new DynamoDbLedger(unreachable, table).steps(KEY))
        .isInstanceOfSatisfying(AwsStoreException.class, e -> assertThat(e.retryable()).isTrue())
        .hasMessageContaining("could not be reached")
        .hasMessageContaining("ITS-42");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.gatehouse.aws.dynamodb;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.gatehouse.aws.AwsClients;
import io.gatehouse.core.port.AuditTrail;
import io.gatehouse.core.port.Ledger;
import java.util.Objects;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Binds {@link Ledger} and {@link AuditTrail} to their DynamoDB tables, as singletons sharing one
 * client. The tables are not created here: they belong to the deployment (see docs/adapters/aws.md
 * for their keys).
 */
public final class DynamoDbModule extends AbstractModule {
  private final DynamoDbSettings settings;
  private final AwsCredentialsProvider credentials;

  /** Credentials from the SDK's default chain (the function's or task's role). */
  public DynamoDbModule(DynamoDbSettings settings) {
    this(settings, AwsClients.defaultCredentials());
  }

  public DynamoDbModule(DynamoDbSettings settings, AwsCredentialsProvider credentials) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
  }

  @Provides
  @Singleton
  DynamoDbClient client() {
    return AwsClients.build(DynamoDbClient.builder(), settings.connection(), credentials);
  }

  @Provides
  @Singleton
  Ledger ledger(DynamoDbClient client) {
    return new DynamoDbLedger(client, settings.ledgerTable());
  }

  @Provides
  @Singleton
  AuditTrail auditTrail(DynamoDbClient client) {
    return new DynamoDbAuditTrail(client, settings.auditTable());
  }
}

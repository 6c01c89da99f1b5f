package io.gatehouse.lambda.handoff;

import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;

/**
 * Queues a run as an asynchronous invocation ({@code Event}) of the provisioning function. Lambda
 * keeps the event in its own queue, answers 202 at once, and retries a failed invocation twice.
 */
public final class LambdaInvokeHandOff implements RunHandOff {
  private final LambdaClient lambda;
  private final String functionName;

  /**
   * @param lambda a client with its region, credentials and HTTP client chosen by the caller
   * @param functionName the provisioning function's name or ARN
   */
  public LambdaInvokeHandOff(LambdaClient lambda, String functionName) {
    this.lambda = Objects.requireNonNull(lambda, "lambda");
    this.functionName = Objects.requireNonNull(functionName, "functionName");
  }

  @Override
  public void requestRun(RunRequest request) {
    InvokeResponse response;
    try {
      response =
          lambda.invoke(
              builder ->
                  builder
                      .functionName(functionName)
                      .invocationType(InvocationType.EVENT)
                      .payload(SdkBytes.fromUtf8String(request.toJson())));
    } catch (SdkException e) {
      throw new HandOffException(
          "could not queue run " + request.correlationId() + " on " + functionName, e);
    }
    if (response.statusCode() != 202) {
      throw new HandOffException(
          "Lambda answered "
              + response.statusCode()
              + " instead of 202 for run "
              + request.correlationId(),
          null);
    }
  }
}

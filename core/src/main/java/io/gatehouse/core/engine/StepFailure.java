package io.gatehouse.core.engine;

/**
 * A step the directory refused for a reason a person must resolve (a login held by someone else, a
 * group that does not exist). Carries no secret; trying again unchanged fails the same way.
 */
final class StepFailure extends RuntimeException {
  StepFailure(String message) {
    super(message);
  }
}

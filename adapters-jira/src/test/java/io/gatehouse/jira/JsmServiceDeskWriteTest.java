package io.gatehouse.jira;

import static io.gatehouse.jira.JsmDeskFixture.REQUESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gatehouse.core.port.ServiceDeskException;
import io.gatehouse.core.port.Visibility;
import io.gatehouse.core.request.RequestKey;
import io.gatehouse.testkit.jsm.CannedResponse;
import io.gatehouse.testkit.jsm.JsmComment;
import io.gatehouse.testkit.jsm.RecordedRequest;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JsmServiceDeskWriteTest {
  private static final RequestKey ITS_1 = RequestKey.of("ITS-1");

  private final JsmDeskFixture fixture = new JsmDeskFixture().open("ITS-1");

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void comment_sendsPublicFalse_forAnInternalComment() {
    fixture.desk().comment(ITS_1, "Okta said E0000001", Visibility.INTERNAL);

    RecordedRequest call = fixture.calls("POST", REQUESTS + "/ITS-1/comment").get(0);
    assertThat(call.body()).isEqualTo("{\"body\":\"Okta said E0000001\",\"public\":false}");
    assertThat(fixture.jsm.comments("ITS-1"))
        .extracting(JsmComment::body, JsmComment::isPublic)
        .containsExactly(Tuple.tuple("Okta said E0000001", false));
  }

  @Test
  void comment_sendsPublicTrue_forAPublicComment() {
    fixture.desk().comment(ITS_1, "Your account is ready", Visibility.PUBLIC);

    assertThat(fixture.jsm.comments("ITS-1"))
        .extracting(JsmComment::isPublic)
        .containsExactly(true);
  }

  @Test
  void comment_fails_whenTheDeskStoresAnInternalCommentAsPublic() {
    fixture.jsm.enqueue(
        REQUESTS + "/ITS-1/comment",
        new CannedResponse(201, Map.of(), "application/json", "{\"id\":\"1\",\"public\":true}"));

    ServiceDeskException failure =
        catchThrowableOfType(
            ServiceDeskException.class,
            () -> fixture.desk().comment(ITS_1, "internal", Visibility.INTERNAL));

    assertThat(failure.retryable()).isFalse();
    assertThat(failure).hasMessageContaining("ITS-1").hasMessageContaining("internal");
  }
}

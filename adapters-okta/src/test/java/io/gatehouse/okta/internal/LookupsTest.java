package io.gatehouse.okta.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The next-page link read from an answer's headers, as Okta wrote it. */
class LookupsTest {

  @Test
  void bc02_nextLink_isTakenVerbatimFromItsOwnHeader() {
    Map<String, List<String>> headers =
        Map.of(
            "link",
            List.of(
                "<https://acme.okta.com/api/v1/users/00uFAKE1/groups?limit=200>; rel=\"self\"",
                "<https://acme.okta.com/api/v1/users/00uFAKE1/groups?after=00gFAKE200&limit=200>;"
                    + " rel=\"next\""));

    assertThat(Lookups.nextLink(headers))
        .contains(
            URI.create(
                "https://acme.okta.com/api/v1/users/00uFAKE1/groups?after=00gFAKE200&limit=200"));
  }

  @Test
  void nextLink_isFoundInACommaJoinedHeaderToo_andAbsentOnTheLastPage() {
    Map<String, List<String>> joined =
        Map.of(
            "Link",
            List.of(
                "<https://acme.okta.com/api/v1/groups?limit=2>; rel=\"self\", "
                    + "<https://acme.okta.com/api/v1/groups?after=c2&limit=2>; rel=\"next\""));
    Map<String, List<String>> last =
        Map.of("link", List.of("<https://acme.okta.com/api/v1/groups?limit=2>; rel=\"self\""));

    assertThat(Lookups.nextLink(joined))
        .contains(URI.create("https://acme.okta.com/api/v1/groups?after=c2&limit=2"));
    assertThat(Lookups.nextLink(last)).isEmpty();
  }
}

package io.gatehouse.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void scrub_removesPemBlocks_evenWhenCutOff() {
    String text =
        "key was -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEF\n"
            + "-----END PRIVATE KEY----- and -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA";

    assertThat(Redaction.scrub(text))
        .isEqualTo("key was [redacted PEM block] and [redacted PEM block]");
  }

  @Test
  void scrub_removesAuthorizationTokens() {
    String text =
        "Authorization: SSWS 00abcDEFghi_JKL-mno, then Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"
            + " and basic dXNlcjpwYXNz";

    assertThat(Redaction.scrub(text))
        .isEqualTo("Authorization: SSWS [redacted], then Bearer [redacted] and basic [redacted]");
  }

  @Test
  void scrub_removesAtlassianAndSlackTokens_andWebhookUrls() {
    String text =
        "jira ATATT3xFfGF0T4nAbCdEf_gh-IJ=0123 slack xoxb-1234-5678-AbCdEf xapp-1-A0-123 via"
            + " https://hooks.slack.com/services/T000/B000/FAKE done";

    assertThat(Redaction.scrub(text))
        .isEqualTo(
            "jira [redacted] slack [redacted] [redacted] via https://hooks.slack.com/[redacted]"
                + " done");
  }

  @Test
  void scrub_removesTheRestOfPasswordLines() {
    String text = "user: zoe\npassword: Tr0ub4dor&3 extra\nclient_secret=abc\nApi-Key: k1\nnext";

    assertThat(Redaction.scrub(text))
        .isEqualTo(
            "user: zoe\npassword: [redacted]\nclient_secret=[redacted]\nApi-Key: [redacted]\nnext");
  }

  @Test
  void scrub_removesLongHexAndMixedBase64Runs_butNotLongNames() {
    String text =
        "hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 blob"
            + " QWxhZGRpbjpvcGVuIHNlc2FtZQ9Zk3mP0aB7cD8eF1gH2iJ3kL== group"
            + " app-finance-readonly-users-emea-contractors-2026";

    assertThat(Redaction.scrub(text))
        .isEqualTo(
            "hash [redacted] blob [redacted] group"
                + " app-finance-readonly-users-emea-contractors-2026");
  }

  @Test
  void scrub_keepsOrdinaryTextAndNonAscii() {
    String text = "Okta 400 E0000001 for zoë.ünal@example.com — 名前 $1 \\n";

    assertThat(Redaction.scrub(text)).isEqualTo(text);
  }

  @Test
  void truncate_cutsWithAMarker_neverInsideASurrogatePair() {
    String text = "ab" + "😀".repeat(20);

    String cut = Redaction.truncate(text, 20);

    assertThat(cut).hasSizeLessThanOrEqualTo(20).endsWith(" …[truncated]");
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - " …[truncated]".length() - 1)))
        .isFalse();
    assertThat(Redaction.truncate("short", 20)).isEqualTo("short");
  }
}

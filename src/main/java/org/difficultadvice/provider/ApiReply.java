package org.difficultadvice.provider;

import java.util.Objects;

/**
 * A successful (2xx) answer from an API, not yet parsed.
 *
 * @param requestId the API's request id from its response header, or empty when it sent none
 */
public record ApiReply(String body, String requestId) {
  public ApiReply {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(requestId, "requestId");
  }
}

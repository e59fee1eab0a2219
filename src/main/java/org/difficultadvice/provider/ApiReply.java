package org.difficultadvice.provider;

import java.util.Objects;

/**
 * A successful (2xx) answer from an API, not yet parsed.
 *
 * @param requestId the API's request id from its response header, or empty when it sent none
 * @param rateLimits the limits the server reported in its headers, {@link RateLimitHeaders#NONE}
 *     when it sent none
 */
public record ApiReply(String body, String requestId, RateLimitHeaders rateLimits) {
  public ApiReply {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(rateLimits, "rateLimits");
  }

  public ApiReply(String body, String requestId) {
    this(body, requestId, RateLimitHeaders.NONE);
  }
}

package org.difficultadvice.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class HttpClientSettingsTest {

  @Test
  void letsEveryEngineCallGoOutAtOnceToOneHost() {
    OkHttpClient client =
        HttpClientSettings.forCallTimeout(Duration.ofSeconds(300), 256).newClient();
    assertEquals(256, client.dispatcher().getMaxRequests());
    assertEquals(256, client.dispatcher().getMaxRequestsPerHost());
  }

  @Test
  void appliesTheTimeouts() {
    OkHttpClient client =
        new HttpClientSettings(
                Duration.ofSeconds(3), Duration.ofSeconds(40), Duration.ofSeconds(60), 8)
            .newClient();
    assertEquals(3_000, client.connectTimeoutMillis());
    assertEquals(40_000, client.readTimeoutMillis());
    assertEquals(60_000, client.callTimeoutMillis());
  }

  @Test
  void connectTimeoutNeverExceedsTheCallTimeout() {
    HttpClientSettings settings = HttpClientSettings.forCallTimeout(Duration.ofSeconds(2), 1);
    assertEquals(Duration.ofSeconds(2), settings.connectTimeout());
    assertEquals(
        HttpClientSettings.DEFAULT_CONNECT_TIMEOUT,
        HttpClientSettings.forCallTimeout(Duration.ofMinutes(5), 1).connectTimeout());
  }

  @Test
  void leavesRetriesToTheRetryPolicy() {
    assertFalse(
        HttpClientSettings.forCallTimeout(Duration.ofSeconds(30), 4)
            .newClient()
            .retryOnConnectionFailure());
  }

  @Test
  void rejectsNonsense() {
    assertThrows(
        IllegalArgumentException.class,
        () -> HttpClientSettings.forCallTimeout(Duration.ofSeconds(30), 0));
    assertThrows(
        IllegalArgumentException.class, () -> HttpClientSettings.forCallTimeout(Duration.ZERO, 4));
  }
}

package org.difficultadvice.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
  void retriesOnlyAStaleConnectionItself() {
    assertTrue(
        HttpClientSettings.forCallTimeout(Duration.ofSeconds(30), 4)
            .newClient()
            .retryOnConnectionFailure());
  }

  /** Regression: a server that closes every connection failed every other call. */
  @Test
  void aServerThatClosesEachConnectionAfterAnsweringIsNoFailure() throws Exception {
    try (okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer()) {
      for (int i = 0; i < 3; i++) {
        server.enqueue(new okhttp3.mockwebserver.MockResponse().setBody("ok")
            .setSocketPolicy(okhttp3.mockwebserver.SocketPolicy.DISCONNECT_AT_END));
      }
      okhttp3.OkHttpClient client =
          HttpClientSettings.forCallTimeout(Duration.ofSeconds(5), 4).newClient();
      for (int i = 0; i < 3; i++) {
        try (okhttp3.Response response = client.newCall(
            new okhttp3.Request.Builder().url(server.url("/")).build()).execute()) {
          assertEquals("ok", response.body().string());
        }
      }
    }
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

package org.difficultadvice.provider.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okio.Buffer;

/**
 * A loopback stand-in for a Hugging Face {@code resolve} URL: {@code /resolve/main/<name>}
 * answers 302 to {@code /cdn/<name>} with the given {@code X-Linked-Etag}, and the CDN path
 * serves the file's bytes (headers only for HEAD).
 */
final class ModelServer implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  private final byte[] body;
  private final String linkedEtag;

  ModelServer(Path file, String linkedEtag) throws IOException {
    this.body = Files.readAllBytes(file);
    this.linkedEtag = linkedEtag;
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getPath();
        if (path.startsWith("/resolve/main/")) {
          MockResponse redirect = new MockResponse().setResponseCode(302)
              .setHeader("Location", "/cdn/" + path.substring("/resolve/main/".length()));
          return ModelServer.this.linkedEtag == null
              ? redirect
              : redirect.setHeader("X-Linked-Etag", ModelServer.this.linkedEtag);
        }
        if (path.startsWith("/cdn/")) {
          MockResponse ok = new MockResponse().setResponseCode(200);
          return "HEAD".equals(request.getMethod())
              ? ok.setHeader("Content-Length", body.length)
              : ok.setBody(new Buffer().write(body));
        }
        return new MockResponse().setResponseCode(404);
      }
    });
    server.start();
  }

  String url(String name) {
    return server.url("/resolve/main/" + name).toString();
  }

  static String quotedSha256(Path file) throws IOException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
      return "\"" + HexFormat.of().formatHex(digest) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}

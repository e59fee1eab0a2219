package org.difficultadvice.provider.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Downloads a model file once, verified: the bytes go to a temporary name beside the target,
 * their sha256 must equal the one the hub reports, and only then are they renamed into place.
 * Whatever goes wrong, nothing is left behind.
 *
 * <p>The expected sha256 is the {@code X-Linked-Etag} header that Hugging Face puts on the
 * answer to a {@code resolve} URL of a Git LFS file (the redirect to its CDN). Redirects are
 * followed by hand, and the header is read from the first answer that carries it. A server that
 * reports no sha256 is refused: an unverified multi-hundred-megabyte file is not worth the risk.
 */
public final class ModelDownloader {
  /** Judgement call: long enough for a slow link, short enough that no network fails fast. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  /** Judgement call: a stalled CDN read fails the download instead of hanging the run. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

  private static final int MAX_REDIRECTS = 10;
  private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

  private final OkHttpClient client;
  private final DownloadProgress progress;

  /**
   * @param client the shared HTTP client; the downloader derives one with short connect and
   *     read timeouts from it, keeping its connection pool and dispatcher
   */
  public ModelDownloader(OkHttpClient client, DownloadProgress progress) {
    this.client = Objects.requireNonNull(client, "client").newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .readTimeout(READ_TIMEOUT)
        .build();
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /**
   * Downloads {@code url} to {@code target} (whose folder is created if needed).
   *
   * @throws IOException with a message saying what failed; {@code target} and any temporary
   *     file are absent afterwards
   */
  public void download(String url, Path target) throws IOException {
    HttpUrl httpUrl = HttpUrl.parse(url);
    if (httpUrl == null) {
      throw new IOException("not an http(s) URL: " + url);
    }
    String expectedSha256 = expectedSha256(httpUrl);
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path partial = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
    try {
      String actualSha256 = fetch(httpUrl, partial);
      if (!actualSha256.equals(expectedSha256)) {
        throw new IOException("the downloaded file's sha256 is " + actualSha256
            + " but the server reported " + expectedSha256 + " (X-Linked-Etag); the download"
            + " was corrupted or the file changed on the server");
      }
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Follows redirects by hand until an answer carries {@code X-Linked-Etag}. */
  private String expectedSha256(HttpUrl url) throws IOException {
    OkHttpClient noRedirects =
        client.newBuilder().followRedirects(false).followSslRedirects(false).build();
    HttpUrl current = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Request head = new Request.Builder().url(current).head().build();
      try (Response response = noRedirects.newCall(head).execute()) {
        String linkedEtag = response.header("X-Linked-Etag");
        if (linkedEtag != null) {
          return parseSha256(linkedEtag);
        }
        if (response.isRedirect()) {
          String location = response.header("Location");
          HttpUrl next = location == null ? null : current.resolve(location);
          if (next == null) {
            throw new IOException("redirect without a usable Location from " + current);
          }
          current = next;
          continue;
        }
        if (!response.isSuccessful()) {
          throw new IOException("HTTP " + response.code() + " from " + current);
        }
        throw new IOException("the server reported no sha256 for the file (no X-Linked-Etag"
            + " header, which Hugging Face sends for files it stores in Git LFS), so the"
            + " download cannot be verified");
      }
    }
    throw new IOException("more than " + MAX_REDIRECTS + " redirects from " + url);
  }

  static String parseSha256(String linkedEtag) throws IOException {
    String value = linkedEtag.strip();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    value = value.toLowerCase(Locale.ROOT);
    if (!SHA256_HEX.matcher(value).matches()) {
      throw new IOException("X-Linked-Etag is not a sha256: " + linkedEtag);
    }
    return value;
  }

  /** Streams the body into {@code partial}; returns its sha256 in lower-case hex. */
  private String fetch(HttpUrl url, Path partial) throws IOException {
    MessageDigest sha256 = sha256();
    Request get = new Request.Builder().url(url).get().build();
    try (Response response = client.newCall(get).execute()) {
      ResponseBody body = response.body();
      if (!response.isSuccessful() || body == null) {
        throw new IOException("HTTP " + response.code() + " from " + response.request().url());
      }
      long total = body.contentLength();
      long done = 0;
      progress.advanced(done, total);
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = body.byteStream();
          OutputStream out = new DigestOutputStream(Files.newOutputStream(partial), sha256)) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          done += n;
          progress.advanced(done, total);
        }
      }
      if (total >= 0 && done != total) {
        throw new IOException("the download ended after " + done + " of " + total + " bytes");
      }
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

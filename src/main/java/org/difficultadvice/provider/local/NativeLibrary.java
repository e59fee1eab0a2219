package org.difficultadvice.provider.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacks the llama.cpp binding's native library before the binding loads it.
 *
 * <p>Left to itself, de.kherud:llama 4.1.0 copies {@code libjllama.so} to a fixed name directly
 * in {@code java.io.tmpdir}, prints "Extracted ..." on standard output, and replaces the file on
 * every start. Two users sharing {@code /tmp} then fail (the file belongs to the first), and two
 * processes starting together may load a half-written copy. So this class copies the library
 * into a fresh private directory under the temp dir and points the binding at it through its
 * documented {@code de.kherud.llama.lib.path} property. A user's own build (for a GPU, say)
 * still wins: an existing {@code de.kherud.llama.lib.path} is left alone. The temp dir must be
 * writable; set {@code -Djava.io.tmpdir} where it is not.
 */
final class NativeLibrary {
  static final String LIB_PATH_PROPERTY = "de.kherud.llama.lib.path";
  private static final Logger log = LoggerFactory.getLogger(NativeLibrary.class);
  private static final Object LOCK = new Object();

  private NativeLibrary() {}

  /** Prepares the library once per JVM; later calls return at once. */
  static void prepare() {
    synchronized (LOCK) {
      if (System.getProperty(LIB_PATH_PROPERTY) != null) {
        return;
      }
      Optional<String> resource = resourceForThisPlatform();
      if (resource.isEmpty()) {
        // No bundled build under the name we expect: let the binding search and explain.
        return;
      }
      try {
        Path dir = Files.createTempDirectory("difficult-advice-jllama-");
        // Deleted on exit in reverse order: the library first, then its directory.
        dir.toFile().deleteOnExit();
        Path library = dir.resolve(resource.get().substring(resource.get().lastIndexOf('/') + 1));
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource.get())) {
          Files.copy(in, library);
        }
        library.toFile().deleteOnExit();
        System.setProperty(LIB_PATH_PROPERTY, dir.toString());
        log.debug("unpacked the llama.cpp native library to {}", library);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot unpack the llama.cpp native library into " + System.getProperty("java.io.tmpdir")
                + " (it must be writable; or pass -Djava.io.tmpdir=DIR): " + e.getMessage(), e);
      }
    }
  }

  /** The binding's resource for this OS and CPU, if the jar has one. */
  static Optional<String> resourceForThisPlatform() {
    String os = osFolder(System.getProperty("os.name", ""));
    String arch = archFolder(System.getProperty("os.arch", ""));
    if (os == null || arch == null) {
      return Optional.empty();
    }
    String resource =
        "/de/kherud/llama/" + os + "/" + arch + "/" + System.mapLibraryName("jllama");
    return NativeLibrary.class.getResource(resource) == null
        ? Optional.empty()
        : Optional.of(resource);
  }

  private static String osFolder(String osName) {
    String name = osName.toLowerCase(Locale.ROOT);
    if (name.contains("linux")) {
      return "Linux";
    }
    if (name.contains("mac") || name.contains("darwin")) {
      return "Mac";
    }
    if (name.contains("windows")) {
      return "Windows";
    }
    return null;
  }

  private static String archFolder(String osArch) {
    return switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64", "x64" -> "x86_64";
      case "aarch64", "arm64" -> "aarch64";
      case "x86", "i386", "i486", "i586", "i686" -> "x86";
      default -> null;
    };
  }
}

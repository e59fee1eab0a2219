package org.difficultadvice.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class in a fresh JVM with this JVM's class path (target/classes, test classes
 * and dependencies). The kill test runs its batch this way so that {@code kill -9} hits a real
 * process; switching it to the real {@code generate} command is a different main class and
 * arguments.
 */
final class ChildJvm {
  private ChildJvm() {}

  static Process start(Path log, Class<?> main, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Xmx256m");
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }
}

package org.difficultadvice.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.difficultadvice.audit.DatasetFiles;

/**
 * Finds the JSONL files of a mix with {@code audit}'s rules, on any Hadoop file system: a file
 * itself, or in a directory its {@code data/*.jsonl[.gz]} shards (or, failing that, the {@code
 * *.jsonl[.gz]} files directly in it), in name order.
 */
final class MixFiles {
  private MixFiles() {}

  static List<MixFile> resolve(List<String> inputs, Configuration conf) throws IOException {
    List<MixFile> files = new ArrayList<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new IOException(input + ": not found; give a .jsonl/.jsonl.gz file or a directory");
      }
      FileStatus status = fs.getFileStatus(path);
      if (status.isFile()) {
        String name = path.getName();
        files.add(new MixFile(status.getPath().toString(), name, DatasetFiles.splitOf(name),
            status.getLen()));
        continue;
      }
      Path data = new Path(path, "data");
      Path dir = fs.exists(data) && fs.getFileStatus(data).isDirectory() ? data : path;
      FileStatus[] listing = fs.listStatus(dir);
      Arrays.sort(listing, Comparator.comparing(s -> s.getPath().getName()));
      int before = files.size();
      for (FileStatus file : listing) {
        String name = file.getPath().getName();
        if (file.isFile() && (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz"))) {
          String shown = dir.equals(path) ? name : "data/" + name;
          files.add(new MixFile(file.getPath().toString(), shown, DatasetFiles.splitOf(name),
              file.getLen()));
        }
      }
      if (files.size() == before) {
        throw new IOException(input + ": no .jsonl or .jsonl.gz files here or in its data/;"
            + " give a JSONL file or a directory of JSONL shards");
      }
    }
    List<String> names = files.stream().map(MixFile::name).toList();
    if (names.stream().distinct().count() != names.size()) {
      throw new IOException("two input files have the same name " + names
          + "; give one directory or files with distinct names (reports name files by it)");
    }
    return files;
  }
}

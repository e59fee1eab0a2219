package org.difficultadvice.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.difficultadvice.load.InvalidInputException;
import org.difficultadvice.quality.FilterPatternsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code spark-submit ... difficult-advice-spark.jar PATH... --out DIR}: audits and
 * deduplicates a whole mix on Spark. The master comes from spark-submit; {@code --master}
 * overrides it (e.g. {@code local[*]} when run with plain {@code java}).
 */
@Command(
    name = "spark-audit",
    mixinStandardHelpOptions = true,
    description = {
      "Audits and deduplicates JSONL chat mixes on Apache Spark with audit's definitions.",
      "Writes audit.json, audit.html, duplicates.jsonl, data/ shards of the kept records and"
          + " manifest.json to --out (any Hadoop file system)."
    })
public final class SparkAudit implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "JSONL(.gz) files or directories (their data/*.jsonl* shards); local, hdfs://, s3a://...")
  List<String> inputs;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  String out;

  @Option(names = "--tokenizer", defaultValue = "o200k_base", paramLabel = "NAME",
      description = "o200k_base or cl100k_base. Default: ${DEFAULT-VALUE}.")
  String tokenizer;

  @Option(names = "--filters", paramLabel = "FILE",
      description = "filters.yaml with refusal, leak and slop-name patterns (none: not checked).")
  String filters;

  @Option(names = "--eval-set", paramLabel = "FILE",
      description = "Evaluation set (JSONL or text) to check for n-gram overlap.")
  String evalSet;

  @Option(names = "--near-threshold", defaultValue = "0.8", paramLabel = "JACCARD",
      description = "Shingle similarity at which records are near duplicates. Default: ${DEFAULT-VALUE}.")
  double nearThreshold;

  @Option(names = "--shard-max-bytes", defaultValue = "268435456", paramLabel = "BYTES",
      description = "Most bytes of JSONL per shard. Default: ${DEFAULT-VALUE}.")
  long shardMaxBytes;

  @Option(names = "--shard-max-records", defaultValue = "0", paramLabel = "N",
      description = "Most records per shard, 0 for no limit. Default: ${DEFAULT-VALUE}.")
  int shardMaxRecords;

  @Option(names = "--gzip", description = "Write shards as .jsonl.gz.")
  boolean gzip;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master when not run by spark-submit, e.g. local[4].")
  String master;

  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkAudit()).execute(args));
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter printed = spec.commandLine().getOut();
    SparkConf conf = new SparkConf().setAppName("difficult-advice audit");
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      MixAuditSettings settings;
      try {
        settings = settings(spark.hadoopConfiguration());
      } catch (InvalidInputException e) {
        e.diagnostics().forEach(err::println);
        err.flush();
        return 1;
      }
      MixAudit.Summary summary = new MixAudit(spark).run(settings);
      printed.printf("%,d lines, %,d records; duplicates %,d exact, %,d near in %,d clusters;"
              + " kept %,d records in %,d shards; wrote %s%n",
          summary.lines(), summary.records(), summary.exactDuplicates(), summary.nearDuplicates(),
          summary.clusters(), summary.kept(), summary.shards(), out);
      printed.flush();
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.flush();
      return 1;
    }
  }

  /** Reads the small inputs once on the driver and checks them, so executors cannot fail on them. */
  MixAuditSettings settings(Configuration hadoop) throws IOException, InvalidInputException {
    String filtersText = filters == null ? "" : new String(read(filters, hadoop), StandardCharsets.UTF_8);
    if (filters != null) {
      new FilterPatternsLoader().parse(Path.of(filters), filtersText);
    }
    byte[] eval = evalSet == null ? new byte[0] : read(evalSet, hadoop);
    MixAuditSettings settings = new MixAuditSettings(inputs, out, tokenizer,
        filters == null ? "" : filters, filtersText, evalSet == null ? "" : evalSet, eval,
        nearThreshold, shardMaxBytes, shardMaxRecords, gzip);
    // Builds every check once here (tokenizer, patterns, evaluation set): a bad input is named
    // before any executor starts.
    ExecutorChecks.checks(settings, ExecutorChecks.dedup(settings));
    return settings;
  }

  private static byte[] read(String file, Configuration hadoop) throws IOException {
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
    FileSystem fs = path.getFileSystem(hadoop);
    try (FSDataInputStream in = fs.open(path)) {
      return in.readAllBytes();
    }
  }
}

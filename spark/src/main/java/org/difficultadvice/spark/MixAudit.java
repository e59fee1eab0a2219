package org.difficultadvice.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.difficultadvice.audit.AuditFigures;
import org.difficultadvice.audit.AuditResult;
import org.difficultadvice.audit.DatasetAudit;
import org.difficultadvice.audit.DuplicateCluster;
import org.difficultadvice.audit.DuplicateKind;
import org.difficultadvice.audit.DuplicateLink;
import org.difficultadvice.audit.DuplicatesJsonl;
import org.difficultadvice.audit.InputFile;
import org.difficultadvice.audit.LineSketcher;
import org.difficultadvice.audit.RecordRef;
import org.difficultadvice.audit.ShingleSketch;
import org.difficultadvice.audit.SketchedLine;
import scala.Tuple2;

/**
 * Audits and deduplicates a whole mix on Spark, with {@code audit}'s definitions throughout:
 * <ol>
 *   <li>read every line (plain or gzip, any Hadoop file system) and sketch it with the audit's
 *       own {@link LineSketcher}: schema errors, tokens, flags, overlap, content hash, shingles
 *       and band keys; each partition also folds its lines into {@link AuditFigures};
 *   <li>exact duplicates: records grouped by content hash, each pointing to the first;
 *   <li>near duplicates among the rest ({@link NearPairs}): LSH candidates, exact Jaccard, each
 *       record's best earlier match;
 *   <li>clusters: connected components of those links ({@link ConnectedComponents}); each
 *       cluster's survivor is its earliest record, the one {@code audit} keeps;
 *   <li>writes {@code duplicates.jsonl}, {@code audit.json} and {@code audit.html} (the audit's
 *       own renderers), the survivors as shards under {@code data/}, and {@code manifest.json}.
 * </ol>
 */
public final class MixAudit {
  static final String MANIFEST_FILE = "manifest.json";

  private final JavaSparkContext spark;
  private final ObjectMapper json = new ObjectMapper();

  public MixAudit(JavaSparkContext spark) {
    this.spark = spark;
  }

  /** What a run found, for the command's summary line. */
  public record Summary(long lines, long records, long exactDuplicates, long nearDuplicates,
      long kept, int clusters, int shards, ObjectNode report) {}

  public Summary run(MixAuditSettings settings) throws IOException {
    Configuration hadoop = spark.hadoopConfiguration();
    List<MixFile> files = MixFiles.resolve(settings.inputs(), hadoop);
    Broadcast<SerializableConfiguration> conf =
        spark.broadcast(new SerializableConfiguration(hadoop));
    Broadcast<MixAuditSettings> shared = spark.broadcast(settings);
    List<MixFile> fileList = List.copyOf(files);

    JavaRDD<RawLine> lines = read(files);
    JavaRDD<SketchedPart> parts = lines
        .mapPartitions(partition -> sketch(partition, fileList, shared.value()), true)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    AuditFigures figures = new AuditFigures();
    parts.filter(p -> !p.isRecord()).map(SketchedPart::figures).collect()
        .forEach(figures::merge);
    JavaRDD<SketchedRecord> records = parts.filter(SketchedPart::isRecord)
        .map(SketchedPart::record);

    // Exact: the first record of each content hash is its group's representative.
    JavaPairRDD<Long, Long> firstOfHash = records
        .mapToPair(r -> new Tuple2<>(r.contentHash(), r.order()))
        .reduceByKey(Math::min)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Tuple2<SketchedRecord, Long>> byHash = records
        .mapToPair(r -> new Tuple2<>(r.contentHash(), r))
        .join(firstOfHash);
    JavaRDD<Link> exact = byHash
        .filter(p -> p._2()._1().order() != p._2()._2())
        .map(p -> new Link(p._2()._1().order(), p._2()._2(), DuplicateKind.EXACT, 1.0));
    JavaRDD<SketchedRecord> compared = byHash
        .filter(p -> p._2()._1().order() == p._2()._2())
        .map(p -> p._2()._1())
        .filter(r -> r.shingles().length > 0)
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<Link> near = NearPairs.find(compared, settings.nearThreshold())
        .map(m -> new Link(m._2().record(), m._2().earlier(), DuplicateKind.NEAR,
            m._2().similarity()));
    JavaRDD<Link> links = exact.union(near)
        .sortBy(Link::record, true, Math.max(1, records.getNumPartitions()))
        .persist(StorageLevel.MEMORY_AND_DISK());

    long exactCount = links.filter(l -> l.kind() == DuplicateKind.EXACT).count();
    long nearCount = links.count() - exactCount;
    long comparedCount = compared.count();

    // Clusters: components of the duplicate links; the label is the earliest member.
    JavaPairRDD<Long, Long> clusterOf = ConnectedComponents.of(
        links.mapToPair(l -> new Tuple2<>(l.record(), l.duplicateOf())));
    JavaPairRDD<Long, Integer> sizes = clusterOf
        .mapToPair(v -> new Tuple2<>(v._2(), 1))
        .reduceByKey(Integer::sum)
        .persist(StorageLevel.MEMORY_AND_DISK());
    int clusterCount = (int) sizes.count();
    List<Tuple2<Long, Integer>> largest =
        sizes.takeOrdered(AuditResult.CLUSTERS_SHOWN, new BySizeThenFirst());
    Set<Long> largestRoots = largest.stream().map(Tuple2::_1).collect(Collectors.toSet());
    Map<Long, List<Long>> membersOf = new HashMap<>();
    clusterOf.filter(v -> largestRoots.contains(v._2())).collect().forEach(v ->
        membersOf.computeIfAbsent(v._2(), k -> new ArrayList<>()).add(v._1()));
    List<DuplicateCluster> clusters = new ArrayList<>();
    for (Tuple2<Long, Integer> cluster : largest) {
      List<Long> members = membersOf.get(cluster._1());
      members.sort(null);
      clusters.add(new DuplicateCluster(ref(fileList, cluster._1()), cluster._2(),
          members.stream().limit(AuditResult.MEMBERS_SHOWN)
              .map(order -> ref(fileList, order)).toList()));
    }

    FileSystem fs = new Path(settings.out()).getFileSystem(hadoop);
    fs.setWriteChecksum(false); // no .crc files beside the reports on a local disk
    fs.mkdirs(new Path(settings.out()));
    boolean namesFiles = files.size() > 1;
    writeText(fs, new Path(settings.out(), DatasetAudit.DUPLICATES_FILE), out -> {
      Iterator<Link> it = links.toLocalIterator();
      while (it.hasNext()) {
        Link link = it.next();
        out.write(DuplicatesJsonl.line(json, new DuplicateLink(ref(fileList, link.record()),
            ref(fileList, link.duplicateOf()), link.kind(), link.similarity()), namesFiles));
        out.write('\n');
      }
    });

    Map<String, Long> bytes = new LinkedHashMap<>();
    files.forEach(f -> bytes.put(f.name(), f.bytes()));
    AuditResult result = AuditResult.ofParts(
        files.stream().map(MixFile::asInputFile).toList(), bytes,
        settings.tokenizer().trim().toLowerCase(java.util.Locale.ROOT),
        settings.nearThreshold(), figures, exactCount, nearCount, comparedCount, clusters,
        clusterCount);
    String name = String.join(", ", settings.inputs());
    ObjectNode report = DatasetAudit.report(json, result, name,
        settings.evalSetName().isEmpty() ? Optional.empty() : Optional.of(settings.evalSetName()),
        settings.filtersName().isEmpty() ? Optional.empty() : Optional.of(settings.filtersName()));
    report.put("computed_by", "spark");
    writeBytes(fs, new Path(settings.out(), DatasetAudit.JSON_FILE),
        json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
    writeBytes(fs, new Path(settings.out(), DatasetAudit.HTML_FILE), DatasetAudit.html(report));

    // Survivors: every well-formed record that is not a duplicate, in the mix's order.
    long[] dropped = links.map(Link::record).collect().stream()
        .mapToLong(Long::longValue).sorted().toArray();
    Broadcast<long[]> droppedShared = spark.broadcast(dropped);
    JavaRDD<DedupShards.Kept> kept = records
        .filter(r -> Arrays.binarySearch(droppedShared.value(), r.order()) < 0)
        .map(r -> new DedupShards.Kept(
            fileList.get(RawLine.fileIndexOf(r.order())).split(), r.tokens(), r.line()));
    List<DedupShards.Shard> shards = DedupShards.write(kept, settings.out(), settings, conf);
    writeBytes(fs, new Path(settings.out(), MANIFEST_FILE), manifest(shards, settings));
    parts.unpersist(false);
    return new Summary(figures.lines(), figures.figures().records(), exactCount, nearCount,
        figures.figures().records() - exactCount - nearCount, clusterCount, shards.size(),
        report);
  }

  /** Every line of every file, in order, numbered from 1 within its file. */
  private JavaRDD<RawLine> read(List<MixFile> files) {
    Configuration conf = new Configuration(spark.hadoopConfiguration());
    // Lines end at \n only, as audit reads them (a \r before it is dropped later).
    conf.set("textinputformat.record.delimiter", "\n");
    List<JavaRDD<RawLine>> perFile = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      int fileIndex = i;
      JavaPairRDD<LongWritable, Text> raw = spark.newAPIHadoopFile(
          files.get(i).uri(), TextInputFormat.class, LongWritable.class, Text.class, conf);
      perFile.add(raw.map(t -> t._2().copyBytes())
          .zipWithIndex()
          .map(t -> new RawLine(fileIndex, t._2() + 1, t._1())));
    }
    JavaRDD<RawLine> all = perFile.get(0);
    for (int i = 1; i < perFile.size(); i++) {
      all = all.union(perFile.get(i));
    }
    return all;
  }

  private static Iterator<SketchedPart> sketch(
      Iterator<RawLine> lines, List<MixFile> files, MixAuditSettings settings) {
    LineSketcher sketcher = ExecutorChecks.sharedSketcher(settings);
    Map<Integer, InputFile> inputs = new HashMap<>();
    AuditFigures figures = new AuditFigures();
    return new Iterator<>() {
      private boolean figuresSent;
      private SketchedPart next;

      @Override
      public boolean hasNext() {
        while (next == null && lines.hasNext()) {
          RawLine line = lines.next();
          RawLine.Decoded decoded = line.decode();
          InputFile file = inputs.computeIfAbsent(
              line.fileIndex(), i -> files.get(i).asInputFile());
          SketchedLine sketched = sketcher.sketch(
              file, line.fileIndex(), line.line(), decoded.text(), decoded.malformedAt());
          figures.add(sketched);
          if (sketched.isRecord()) {
            ShingleSketch near = (ShingleSketch) sketched.nearSketch();
            next = SketchedPart.of(new SketchedRecord(line.order(), sketched.contentHash(),
                sketched.recordTokens(), near.shingles(), near.bandKeys(), line.content()));
          }
        }
        if (next == null && !figuresSent) {
          figuresSent = true;
          next = SketchedPart.of(figures);
        }
        return next != null;
      }

      @Override
      public SketchedPart next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        SketchedPart out = next;
        next = null;
        return out;
      }
    };
  }

  private byte[] manifest(List<DedupShards.Shard> shards, MixAuditSettings settings)
      throws IOException {
    ObjectNode root = json.createObjectNode();
    root.put("records", shards.stream().mapToLong(DedupShards.Shard::records).sum());
    root.put("tokens", shards.stream().mapToLong(DedupShards.Shard::tokens).sum());
    root.put("source", "difficult-advice-spark: deduplicated " + String.join(", ",
        settings.inputs()));
    ArrayNode list = root.putArray("shards");
    for (DedupShards.Shard shard : shards) {
      list.addObject().put("name", shard.name()).put("split", shard.split())
          .put("records", shard.records()).put("tokens", shard.tokens())
          .put("bytes", shard.bytes()).put("sha256", shard.sha256());
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
  }

  static RecordRef ref(List<MixFile> files, long order) {
    return new RecordRef(files.get(RawLine.fileIndexOf(order)).name(), RawLine.lineOf(order));
  }

  /** A record and the earlier record it duplicates. */
  record Link(long record, long duplicateOf, DuplicateKind kind, double similarity)
      implements java.io.Serializable {}

  /** Biggest first, then the earliest first record, as {@code audit} lists clusters. */
  static final class BySizeThenFirst
      implements Comparator<Tuple2<Long, Integer>>, java.io.Serializable {
    @Override
    public int compare(Tuple2<Long, Integer> a, Tuple2<Long, Integer> b) {
      int bySize = Integer.compare(b._2(), a._2());
      return bySize != 0 ? bySize : Long.compare(a._1(), b._1());
    }
  }

  private interface TextBody {
    void write(BufferedWriter out) throws IOException;
  }

  /** Writes to a hidden temporary file beside the target and renames it into place. */
  private static void writeText(FileSystem fs, Path target, TextBody body) throws IOException {
    Path temp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream raw = fs.create(temp, true);
        BufferedWriter out = new BufferedWriter(
            new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
      body.write(out);
    }
    fs.delete(target, false);
    if (!fs.rename(temp, target)) {
      throw new IOException("cannot move " + temp + " to " + target);
    }
  }

  private static void writeBytes(FileSystem fs, Path target, byte[] bytes) throws IOException {
    Path temp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    try (OutputStream out = fs.create(temp, true)) {
      out.write(bytes);
    }
    fs.delete(target, false);
    if (!fs.rename(temp, target)) {
      throw new IOException("cannot move " + temp + " to " + target);
    }
  }
}

package org.difficultadvice.load;

import java.time.Duration;
import java.util.Objects;

/**
 * What one render of a user-supplied template may use before it is stopped: a template may loop
 * without end ({@code <#list 1.. as i>}), double a string until memory runs out, or recurse.
 *
 * @param time wall-clock time of the render
 * @param maxChars characters written
 * @param maxAllocatedBytes bytes the rendering thread allocates (garbage included), where the
 *     JVM can count them; this stops a string that doubles in a loop long before the heap fills
 */
public record RenderLimits(Duration time, long maxChars, long maxAllocatedBytes) {
  /**
   * Measured on the shipped content: a brief is at most 778 characters (12 KB allocated per
   * planned spec); a stage prompt with 4,000-character model-written parts at most 13,856
   * characters and 0.4 MB allocated. The defaults leave room of a hundred times that or more,
   * still stop a runaway render within seconds, and keep a prompt under any model's context
   * window (a million characters is about 250,000 tokens).
   */
  public static final RenderLimits DEFAULT =
      new RenderLimits(Duration.ofSeconds(2), 1_000_000, 64L << 20);

  public RenderLimits {
    Objects.requireNonNull(time, "time");
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("time must be positive: " + time);
    }
    if (maxChars < 1 || maxAllocatedBytes < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: " + maxChars + " chars, " + maxAllocatedBytes + " bytes");
    }
  }
}

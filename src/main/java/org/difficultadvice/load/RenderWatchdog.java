package org.difficultadvice.load;

import freemarker.core.Environment;
import freemarker.template.TemplateException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One daemon thread that looks at the renders in progress every few milliseconds and interrupts
 * the thread of one that has run too long or allocated too much. Freemarker has no time limit of
 * its own; what it has is thread-interruption support (checks that templates compiled through
 * {@link SafeFreemarker#compile} carry in every loop), which this drives. The rendering thread is
 * interrupted only while its render is in progress, and clears the interrupt before it returns.
 */
final class RenderWatchdog {
  /** Both limits catch either mistake: an endless loop allocates too, a doubling string is slow. */
  static final String FIX = "look for a loop that never ends (#list over an open range such as"
      + " 1..) or a string that grows in a loop (s = s + s)";

  private final Duration poll;
  private final com.sun.management.ThreadMXBean threads = allocationCounter();
  private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
  private Thread thread;

  RenderWatchdog(Duration poll) {
    this.poll = poll;
  }

  /** Starts watching the current thread's render in {@code env}. */
  Watch watch(Environment env, RenderLimits limits) {
    Thread current = Thread.currentThread();
    long startBytes = threads == null ? 0 : threads.getCurrentThreadAllocatedBytes();
    Watch watch = new Watch(current, env, limits, System.nanoTime() + limits.time().toNanos(),
        startBytes);
    watches.add(watch);
    startIfNeeded();
    return watch;
  }

  private synchronized void startIfNeeded() {
    if (thread == null) {
      thread = new Thread(this::run, "render-watchdog");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private void run() {
    while (true) {
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      long now = System.nanoTime();
      for (Watch watch : watches) {
        if (now - watch.deadline > 0) {
          watch.stop("the template did not finish within " + watch.limits.time().toMillis()
              + " ms", FIX);
        } else if (threads != null) {
          long allocated = threads.getThreadAllocatedBytes(watch.thread.getId()) - watch.startBytes;
          if (allocated > watch.limits.maxAllocatedBytes()) {
            watch.stop("the template did not finish: it used more than "
                + (watch.limits.maxAllocatedBytes() >> 20) + " MB of memory", FIX);
          }
        }
      }
    }
  }

  private static com.sun.management.ThreadMXBean allocationCounter() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean
        && bean.isThreadAllocatedMemorySupported() && bean.isThreadAllocatedMemoryEnabled()) {
      return bean;
    }
    return null; // another JVM: the time limit still holds
  }

  /** One render in progress. */
  final class Watch {
    private final Thread thread;
    private final Environment env;
    private final RenderLimits limits;
    private final long deadline;
    private final long startBytes;
    private boolean active = true;
    private RenderLimitException stopped;

    private Watch(Thread thread, Environment env, RenderLimits limits, long deadline,
        long startBytes) {
      this.thread = thread;
      this.env = env;
      this.limits = limits;
      this.deadline = deadline;
      this.startBytes = startBytes;
    }

    private synchronized void stop(String what, String fix) {
      if (!active || stopped != null) {
        return;
      }
      Integer line = null;
      Integer column = null;
      try {
        // Read from this thread while the render runs on: where it is now, or close to it.
        TemplateException here = new TemplateException("", env);
        line = here.getLineNumber();
        column = here.getColumnNumber();
      } catch (RuntimeException raced) {
        // The instruction stack changed under the read; the message goes without a line.
      }
      stopped = new RenderLimitException(what, fix, line, column, null);
      thread.interrupt();
    }

    /**
     * Ends the watch. Returns the limit the render was stopped for, or null; when not null, the
     * rendering thread was interrupted and must clear that.
     */
    synchronized RenderLimitException finish() {
      active = false;
      watches.remove(this);
      return stopped;
    }
  }
}

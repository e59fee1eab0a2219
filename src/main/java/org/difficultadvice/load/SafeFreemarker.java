package org.difficultadvice.load;

import freemarker.core.Environment;
import freemarker.core.Macro;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Freemarker set up for templates that may come from users: no class resolution ({@code ?new}
 * can instantiate nothing), no {@code ?api}, no exposed fields, and a missing variable is an
 * error rather than a blank. Templates compiled with {@link #compile} and rendered with {@link
 * #render} are also bounded in time, output and memory ({@link RenderLimits}): a template that
 * never finishes is stopped and reported with its file and line.
 */
public final class SafeFreemarker {
  /**
   * One watchdog thread for the whole process: renders happen deep inside stages (planning,
   * prompts) that have no handle to pass one through, and the thread holds no state but the
   * renders in progress. Ten milliseconds between looks costs nothing and stops a runaway
   * render long before it fills the heap.
   */
  private static final RenderWatchdog WATCHDOG = new RenderWatchdog(Duration.ofMillis(10));

  private SafeFreemarker() {}

  /**
   * Compiles {@code source} as template {@code name}, with Freemarker's thread-interruption
   * checks in every loop so that {@link #render} can stop it.
   *
   * @throws freemarker.core.ParseException on a syntax error
   */
  public static Template compile(String name, String source, Configuration config)
      throws IOException {
    Template template = new Template(name, new StringReader(source), config);
    // The public entry to Freemarker's own interruption support (used by its online tester);
    // 2.3.34 has no render time limit, so the watchdog interrupts and these checks stop.
    _CoreAPI.addThreadInterruptedChecks(template);
    return template;
  }

  /** Renders within {@link RenderLimits#DEFAULT}. */
  public static String render(Template template, Object model) throws TemplateException {
    return render(template, model, RenderLimits.DEFAULT);
  }

  /**
   * Renders {@code template} to a string, stopping it at the first limit it passes.
   *
   * @throws RenderLimitException it passed a limit, recursed too deeply or ran out of memory
   * @throws TemplateException any other template error (an undefined variable...)
   */
  public static String render(Template template, Object model, RenderLimits limits)
      throws TemplateException {
    CappedWriter out = new CappedWriter(limits.maxChars());
    Environment env;
    try {
      env = template.createProcessingEnvironment(model, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    // An interrupt already pending (a run being stopped) is not this render's business: set it
    // aside so the loop checks do not mistake it for the watchdog's, and put it back after.
    boolean interruptedBefore = Thread.interrupted();
    RenderWatchdog.Watch watch = WATCHDOG.watch(env, limits);
    Throwable failure = null;
    try {
      env.process();
    } catch (Throwable t) { // sorted out below, once the watch is over
      failure = t;
    }
    RenderLimitException stopped = watch.finish();
    if (stopped != null) {
      Thread.interrupted(); // the watchdog's interrupt
    }
    if (interruptedBefore) {
      Thread.currentThread().interrupt();
    }
    if (failure == null) {
      return out.toString();
    }
    throw asTemplateException(template, failure, stopped);
  }

  private static TemplateException asTemplateException(Template template, Throwable failure,
      RenderLimitException stopped) {
    if (stopped != null) {
      return stopped; // whatever surfaced, the watchdog's interrupt caused it
    }
    if (failure instanceof CappedWriter.Full full) {
      return full.limit;
    }
    if (failure instanceof StackOverflowError) {
      Macro recursive = selfCallingMacro(template);
      return new RenderLimitException(
          "the template calls "
              + (recursive == null ? "a macro or function" : "'" + recursive.getName() + "'")
              + " within itself without end",
          "give the recursion a case that stops it, or write the text without it",
          recursive == null ? null : recursive.getBeginLine(),
          recursive == null ? null : recursive.getBeginColumn(), null);
    }
    if (failure instanceof OutOfMemoryError) {
      return new RenderLimitException("the template ran out of memory while rendering",
          RenderWatchdog.FIX, null, null, null);
    }
    if (failure instanceof TemplateException e) {
      return e;
    }
    if (failure instanceof IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(failure);
  }

  /**
   * The first macro or function whose body names itself: after a stack overflow Freemarker no
   * longer knows where it was, and this is the likely place.
   */
  private static Macro selfCallingMacro(Template template) {
    for (Object value : template.getMacros().values()) {
      if (value instanceof Macro macro) {
        String source = macro.getSource();
        int bodyStart = source.indexOf('>');
        String body = bodyStart < 0 ? source : source.substring(bodyStart + 1);
        Pattern call = Pattern.compile(
            "(<@" + Pattern.quote(macro.getName()) + "\\b)|(\\b" + Pattern.quote(macro.getName())
                + "\\s*\\()");
        if (call.matcher(body).find()) {
          return macro;
        }
      }
    }
    return null;
  }

  public static Configuration newConfiguration() {
    Configuration config = new Configuration(Configuration.VERSION_2_3_33);
    config.setDefaultEncoding(StandardCharsets.UTF_8.name());
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33);
    wrapper.setExposeFields(false);
    wrapper.setForceLegacyNonListCollections(false);
    config.setObjectWrapper(wrapper.build());
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setClassicCompatible(false);
    // No file or class-path loader: templates are handed in as strings, so an include or
    // import cannot reach files outside the content folders.
    config.setTemplateLoader(null);
    config.setLocalizedLookup(false);
    return config;
  }
}

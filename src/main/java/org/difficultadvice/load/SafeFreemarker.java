package org.difficultadvice.load;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import java.nio.charset.StandardCharsets;

/**
 * Freemarker set up for templates that may come from users: no class resolution ({@code ?new}
 * can instantiate nothing), no {@code ?api}, no exposed fields, and a missing variable is an
 * error rather than a blank.
 */
public final class SafeFreemarker {
  private SafeFreemarker() {}

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

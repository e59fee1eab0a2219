package org.difficultadvice.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

class QualitySettingsTest {
  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void readsTheQualitySectionWithDefaultsForWhatItOmits() throws Exception {
    QualitySettings settings = yaml.readValue("""
        dedup:
          threshold: 0.85
          scaffold_share: 1.0
        style:
          on_cap: revise
        decontam:
          themes: false
        """, QualitySettings.class);
    assertEquals(0.85, settings.dedup().threshold());
    assertEquals(5, settings.dedup().shingleWords());
    assertEquals(OverLimitAction.REVISE, settings.style().onCap());
    assertEquals(false, settings.decontam().themes());
    assertEquals(13, settings.decontam().ngramWords());
    assertEquals("filters.yaml", settings.patterns());
  }

  @Test
  void rejectsUnknownKeys() {
    assertThrows(UnrecognizedPropertyException.class,
        () -> yaml.readValue("dedup:\n  treshold: 0.8\n", QualitySettings.class));
  }

  @Test
  void judgeSectionReadsAttemptsAndWhatToDoBelowThreshold() throws Exception {
    JudgeSettings judge = yaml.readValue(
        "enabled: true\nattempts: 2\nbelow_threshold: revise\n", JudgeSettings.class);
    assertEquals(2, judge.attempts());
    assertEquals(OverLimitAction.REVISE, judge.belowThreshold());
    assertEquals(3.5, judge.threshold());
  }
}

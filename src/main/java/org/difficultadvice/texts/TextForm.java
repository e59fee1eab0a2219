package org.difficultadvice.texts;

import java.util.Objects;

/**
 * One form a text kind is written in: an essay, a letter, a story told by the person helped.
 *
 * @param id stable id, part of the spec's template ({@code documents/essay})
 * @param name how the prompt names it ("an essay")
 * @param guide what a good text of this form does, for the writer
 */
public record TextForm(String id, String name, String guide) {
  public TextForm {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(guide, "guide");
  }
}

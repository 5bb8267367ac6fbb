package dev.eddy.engine.catalog;

import java.util.Collection;
import java.util.List;

/** A name that the catalog does not hold, with the nearest names it does hold. */
public final class UnknownNameException extends RuntimeException {

  private final List<String> suggestions;

  public UnknownNameException(String what, String name, Collection<String> known) {
    this(what, name, NearestNames.of(name, known));
  }

  private UnknownNameException(String what, String name, List<String> suggestions) {
    super(what + " '" + name + "' does not exist." + NearestNames.didYouMean(suggestions));
    this.suggestions = suggestions;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}

package dev.eddy.engine.catalog;

import java.util.Collection;

/** A name that the catalog does not hold, with the nearest names it does hold. */
public final class UnknownNameException extends RuntimeException {

  public UnknownNameException(String what, String name, Collection<String> known) {
    super(what + " '" + name + "' does not exist." + NearestNames.hint(name, known));
  }
}

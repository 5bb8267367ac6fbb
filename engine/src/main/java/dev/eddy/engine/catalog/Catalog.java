package dev.eddy.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.apache.calcite.rel.type.RelDataType;

/**
 * The streams, tables and custom types the engine knows, by name. Thread-safe: statements mutate it one at a
 * time (the command log orders them) while queries and listings read it concurrently.
 */
public final class Catalog {

  private final Map<String, SourceDefinition> sources = new ConcurrentSkipListMap<>();
  private final Map<String, RelDataType> types = new ConcurrentSkipListMap<>();

  /** Adds a source, or replaces the one of the same name when {@code replace} is set. */
  public void register(SourceDefinition source, boolean replace) {
    SourceDefinition previous = sources.putIfAbsent(source.name(), source);
    if (previous != null) {
      if (!replace) {
        throw new IllegalStateException("Cannot add " + source.kind().displayName() + " '"
            + source.name() + "': a " + previous.kind().displayName() + " with the same name already exists");
      }
      sources.put(source.name(), source);
    }
  }

  public Optional<SourceDefinition> find(String name) {
    return Optional.ofNullable(sources.get(name));
  }

  /** The source with this name, or an error naming the nearest known ones. */
  public SourceDefinition get(String name) {
    SourceDefinition source = sources.get(name);
    if (source == null) {
      throw new UnknownNameException("Stream or table", name, sources.keySet());
    }
    return source;
  }

  public boolean remove(String name) {
    return sources.remove(name) != null;
  }

  /** Every source, sorted by name. */
  public List<SourceDefinition> sources() {
    return List.copyOf(sources.values());
  }

  public List<SourceDefinition> sources(SourceKind kind) {
    return sources.values().stream().filter(s -> s.kind() == kind).toList();
  }

  /** Registers a custom type from CREATE TYPE; false if the name is taken. */
  public boolean registerType(String name, RelDataType type) {
    return types.putIfAbsent(name, type) == null;
  }

  public boolean removeType(String name) {
    return types.remove(name) != null;
  }

  /** Custom types by name, sorted. */
  public Map<String, RelDataType> types() {
    return Map.copyOf(types);
  }
}

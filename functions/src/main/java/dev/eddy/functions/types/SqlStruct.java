package dev.eddy.functions.types;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * STRUCT&lt;name type, ...&gt;: ordered, named fields. {@link #ANY} is the parameter type of a
 * {@code Struct} parameter without a schema and accepts every struct.
 */
public final class SqlStruct implements SqlType {

  /** One field; names are case-sensitive, as in ksqlDB. */
  public record Field(String name, SqlType type) {
    public Field {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
      return quote(name) + " " + type;
    }
  }

  /** Any struct; only valid as a parameter type. */
  public static final SqlStruct ANY = new SqlStruct(List.of(), true);

  private final List<Field> fields;
  private final Map<String, Integer> indexByName;
  private final boolean any;

  private SqlStruct(List<Field> fields, boolean any) {
    this.fields = List.copyOf(fields);
    this.any = any;
    this.indexByName = new LinkedHashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      if (indexByName.put(this.fields.get(i).name(), i) != null) {
        throw new IllegalArgumentException("duplicate struct field " + this.fields.get(i).name());
      }
    }
  }

  public static SqlStruct of(List<Field> fields) {
    return new SqlStruct(fields, false);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Field> fields() {
    return fields;
  }

  public Optional<Field> field(String name) {
    Integer i = indexByName.get(name);
    return i == null ? Optional.empty() : Optional.of(fields.get(i));
  }

  /** The field's position, or -1. */
  public int indexOf(String name) {
    return indexByName.getOrDefault(name, -1);
  }

  public boolean isAny() {
    return any;
  }

  @Override
  public SqlBaseType baseType() {
    return SqlBaseType.STRUCT;
  }

  @Override
  public boolean isConcrete() {
    return !any && fields.stream().allMatch(f -> f.type().isConcrete());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SqlStruct s && s.any == any && s.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fields, any);
  }

  @Override
  public String toString() {
    if (any) {
      return "STRUCT";
    }
    return fields.stream().map(Field::toString).collect(Collectors.joining(", ", "STRUCT<", ">"));
  }

  private static String quote(String name) {
    return name.matches("[A-Z_][A-Z0-9_]*") ? name : "`" + name + "`";
  }

  /** Collects fields in order. */
  public static final class Builder {
    private final List<Field> fields = new ArrayList<>();

    public Builder field(String name, SqlType type) {
      fields.add(new Field(name, type));
      return this;
    }

    public SqlStruct build() {
      return new SqlStruct(fields, false);
    }
  }
}

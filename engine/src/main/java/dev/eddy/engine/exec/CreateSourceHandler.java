package dev.eddy.engine.exec;

import dev.eddy.engine.StatementResult;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.ColumnRole;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.log.TopicConfig;
import dev.eddy.log.TopicDescription;
import dev.eddy.sql.tree.ColumnConstraint;
import dev.eddy.sql.tree.SqlColumnDeclaration;
import dev.eddy.sql.tree.SqlCreateSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.NlsString;

/**
 * CREATE [OR REPLACE] STREAM|TABLE name (columns) WITH (...): declares a source over a topic,
 * creating the topic when PARTITIONS is given and it does not exist yet, as ksqlDB does.
 */
final class CreateSourceHandler implements StatementHandler<SqlCreateSource> {

  private static final String ALL_HEADERS_TYPE = "ARRAY<STRUCT<KEY STRING, VALUE BYTES>>";

  private final EngineContext engine;

  CreateSourceHandler(EngineContext engine) {
    this.engine = engine;
  }

  @Override
  public StatementResult execute(SqlCreateSource statement, StatementContext context) {
    SourceKind kind = SourceKinds.of(statement.kind());
    String name = statement.name().getSimple();
    if (statement.ifNotExists() && engine.catalog().find(name).isPresent()) {
      return new StatementResult.Message(context.text(),
          "A " + kind.displayName() + " named " + name + " already exists; nothing changed.", null);
    }
    if (!statement.orReplace() && engine.catalog().find(name).isPresent()) {
      SourceDefinition existing = engine.catalog().get(name);
      throw new PositionedException(statement.name().getParserPosition(), "Cannot add " + kind.displayName()
          + " '" + name + "': a " + existing.kind().displayName() + " with the same name already exists.");
    }
    if (statement.orReplace()) {
      checkReplaceable(statement, kind, name);
    }
    WithProperties with = WithProperties.of(statement.properties());
    List<Column> columns = columns(statement, kind);
    SourceDefinition source = SourceDefinitions.build(name, kind, columns, with, statement.getParserPosition(),
        null, null, context.properties());
    Optional<TopicDescription> topic = engine.log().describeTopic(source.topic());
    Optional<Integer> partitions = with.integer(WithProperties.PARTITIONS);
    if (topic.isEmpty() && partitions.isEmpty()) {
      throw new PositionedException(statement.getParserPosition(), "Topic '" + source.topic()
          + "' does not exist. To create it with the " + kind.displayName()
          + ", add the number of partitions to the WITH clause, e.g. PARTITIONS=1.");
    }
    if (topic.isPresent() && partitions.isPresent() && topic.get().partitions().size() != partitions.get()) {
      throw new PositionedException(with.position(WithProperties.PARTITIONS), "Topic '" + source.topic()
          + "' already exists with " + topic.get().partitions().size() + " partitions, not " + partitions.get() + ".");
    }
    if (!context.replaying()) {
      engine.commands().append(context.command(null));
    }
    if (topic.isEmpty()) {
      engine.log().createTopic(source.topic(), TopicConfig.builder().partitions(partitions.get()).build());
    }
    engine.catalog().register(statement.readOnly() ? source.asReadOnly() : source, statement.orReplace());
    return new StatementResult.Message(context.text(),
        (kind == SourceKind.STREAM ? "Stream " : "Table ") + name + " created", null);
  }

  /** A read-only source's columns describe a topic Eddy does not own, so it is never replaced, nor replaces. */
  private void checkReplaceable(SqlCreateSource statement, SourceKind kind, String name) {
    if (statement.readOnly()) {
      throw new PositionedException(statement.getParserPosition(), "CREATE OR REPLACE cannot declare a SOURCE "
          + kind.displayName() + ": declare " + name + " with CREATE SOURCE " + kind.name() + ", dropping any "
          + kind.displayName() + " of that name first.");
    }
    if (engine.catalog().find(name).map(SourceDefinition::readOnly).orElse(false)) {
      throw new PositionedException(statement.name().getParserPosition(), "Cannot replace " + name + ": it is a"
          + " read-only SOURCE " + kind.displayName() + ". Drop it and declare it again instead.");
    }
  }

  private List<Column> columns(SqlCreateSource statement, SourceKind kind) {
    if (statement.columns() == null) {
      throw new PositionedException(statement.name().getParserPosition(),
          "The " + kind.displayName() + " needs a column list: Eddy has no schema registry to infer it from.");
    }
    List<Column> columns = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (SqlNode node : statement.columns()) {
      SqlColumnDeclaration declaration = (SqlColumnDeclaration) node;
      String columnName = declaration.name().getSimple();
      if (PseudoColumn.isReserved(columnName)) {
        throw new PositionedException(declaration.name().getParserPosition(),
            "'" + columnName + "' is a reserved column name and cannot be declared.");
      }
      if (!names.add(columnName)) {
        throw new PositionedException(declaration.name().getParserPosition(),
            "Column '" + columnName + "' is declared twice.");
      }
      RelDataType type = engine.validators().resolveType(declaration.type());
      checkHeaderType(declaration, type);
      columns.add(new Column(columnName, type, role(declaration, kind), headerKey(declaration)));
    }
    return columns;
  }

  /** Header columns show the record's headers as they are: every header, or one header's bytes. */
  private static void checkHeaderType(SqlColumnDeclaration declaration, RelDataType type) {
    String expected = switch (declaration.constraint()) {
      case HEADERS -> ALL_HEADERS_TYPE;
      case HEADER -> "BYTES";
      default -> null;
    };
    if (expected != null && !expected.equals(TypeNames.of(type))) {
      throw new PositionedException(declaration.type().getParserPosition(), "Column '"
          + declaration.name().getSimple() + "' reads record headers, so its type must be " + expected + ", not "
          + TypeNames.of(type) + ".");
    }
  }

  private static ColumnRole role(SqlColumnDeclaration declaration, SourceKind kind) {
    ColumnConstraint constraint = declaration.constraint();
    if (constraint == ColumnConstraint.KEY && kind == SourceKind.TABLE) {
      throw new PositionedException(declaration.getParserPosition(),
          "A table's key columns are declared with PRIMARY KEY, not KEY: " + declaration.name().getSimple() + ".");
    }
    if (constraint == ColumnConstraint.PRIMARY_KEY && kind == SourceKind.STREAM) {
      throw new PositionedException(declaration.getParserPosition(),
          "A stream has no primary key; declare its key columns with KEY: " + declaration.name().getSimple() + ".");
    }
    return switch (constraint) {
      case NONE -> ColumnRole.VALUE;
      case KEY, PRIMARY_KEY -> ColumnRole.KEY;
      case HEADERS -> ColumnRole.HEADERS;
      case HEADER -> ColumnRole.HEADER;
    };
  }

  private static String headerKey(SqlColumnDeclaration declaration) {
    return declaration.headerKey() == null ? null : declaration.headerKey().getValueAs(NlsString.class).getValue();
  }
}

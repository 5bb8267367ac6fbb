package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.plan.DereferenceItems;
import dev.eddy.engine.plan.SelectAliases;
import dev.eddy.engine.plan.Validators;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.util.Litmus;

/**
 * Which output columns of a persistent query over one stream or table its sink writes as the
 * key, as ksqlDB decides:
 * <ul>
 *   <li>GROUP BY: the items that compute the grouping expressions (a {@code *} computes the
 *       source's columns);</li>
 *   <li>PARTITION BY: the items that compute the partitioning expressions; under {@code *} an
 *       expression not selected is added, named after its column or struct field, else
 *       KSQL_COL_n, and {@code *} lists the source's value columns before its old key columns,
 *       as ksqlDB's repartition moves the old key into the value; {@code PARTITION BY NULL}
 *       writes no key;</li>
 *   <li>otherwise the items that select the source's key columns, under their aliases; they
 *       must be selected, except that under ksqlDB's new planner ({@value #NEW_PLANNER}=true)
 *       a stream that leaves them out is keyless.</li>
 * </ul>
 * It decides on the select list before Calcite validates it, since validation rewrites the
 * items in place, and it names the unnamed items first so each key has its output name.
 */
final class SinkKeys {

  /** ksqlDB's switch to its new planner, which lets a stream projection drop the key. */
  static final String NEW_PLANNER = "ksql.new.query.planner.enabled";

  private final SqlStreamingQuery query;
  private final SourceDefinition source;
  private final String qualifier;

  private SinkKeys(SqlStreamingQuery query, SourceDefinition source, String qualifier) {
    this.query = query;
    this.source = source;
    this.qualifier = qualifier;
  }

  /**
   * The output names of the sink's key columns, in key order (empty: the sink is keyless),
   * rewriting the query's select list where ksqlDB's key needs it.
   *
   * @param source the one stream or table the query reads
   * @param qualifier the name the FROM clause gives it (its alias, or its name)
   * @param keylessStream whether a stream sink may leave the source's key out and be keyless
   */
  static List<String> decide(SqlStreamingQuery query, SourceDefinition source, String qualifier,
      boolean keylessStream, Validators validators) {
    SqlSelect select = query.select();
    // The items get their final names first, as the planner gives them: s->* expanded, s->f named.
    DereferenceItems.apply(select, validators);
    SelectAliases.apply(select);
    SinkKeys keys = new SinkKeys(query, source, qualifier);
    if (select.getGroup() != null && !select.getGroup().isEmpty()) {
      return keys.grouped();
    }
    if (query.partitionBy() != null) {
      return keys.partitioned();
    }
    return keys.inherited(keylessStream);
  }

  private List<String> grouped() {
    List<String> names = new ArrayList<>();
    for (SqlNode expression : query.select().getGroup()) {
      if (expression instanceof SqlIdentifier id && PseudoColumn.named(last(id))
          .filter(p -> p == PseudoColumn.WINDOWSTART || p == PseudoColumn.WINDOWEND).isPresent()) {
        continue;
      }
      List<String> selected = selecting(expression);
      if (selected.isEmpty()) {
        throw new PositionedException(expression.getParserPosition(), "The query must select its GROUP BY"
            + " expression " + expression + " (e.g. SELECT " + expression + ", ...) to write it as the key of its table.");
      }
      names.add(selected.get(0));
    }
    return names;
  }

  private List<String> partitioned() {
    SqlNodeList partitionBy = query.partitionBy();
    if (partitionBy.isEmpty()) {
      throw new PositionedException(partitionBy.getParserPosition(), "PARTITION BY needs at least one expression;"
          + " leave it out to keep the source's key, or write PARTITION BY NULL for no key.");
    }
    boolean nullKey = partitionBy.stream().anyMatch(SinkKeys::isNullLiteral);
    if (nullKey && partitionBy.size() > 1) {
      throw new PositionedException(partitionBy.getParserPosition(), "PARTITION BY NULL writes no key, so it cannot"
          + " be combined with other expressions.");
    }
    if (nullKey) {
      return List.of();
    }
    SqlNodeList items = query.select().getSelectList();
    boolean star = items.stream().anyMatch(SinkKeys::isStar);
    if (star) {
      expandStar(items);
    }
    List<String> names = new ArrayList<>();
    List<SqlNode> added = new ArrayList<>();
    Set<String> used = outputNames(items);
    for (SqlNode expression : partitionBy) {
      List<String> selected = selecting(expression);
      if (selected.size() > 1) {
        throw new PositionedException(expression.getParserPosition(), "The query selects its partitioning expression "
            + expression + " more than once (as " + String.join(" and ", selected) + "); select it once, as the key.");
      }
      if (!selected.isEmpty()) {
        names.add(selected.get(0));
        continue;
      }
      if (!star) {
        throw new PositionedException(expression.getParserPosition(), "The query must select its partitioning"
            + " expression " + expression + " (e.g. SELECT " + expression + ", ...) to write it as the key of its sink;"
            + " PARTITION BY is evaluated over the input, so it names the input's columns, not the query's aliases.");
      }
      String name = keyName(expression, used);
      used.add(name);
      names.add(name);
      SqlParserPos pos = expression.getParserPosition();
      added.add(SqlStdOperatorTable.AS.createCall(pos, expression, new SqlIdentifier(name, pos)));
    }
    for (int i = added.size() - 1; i >= 0; i--) {
      items.add(0, added.get(i));
    }
    return names;
  }

  /**
   * Replaces {@code *} by the source's columns in the order ksqlDB's repartitioned row holds
   * them: value columns, then the old key columns. A column the query partitions by is among
   * them, and becomes the key.
   */
  private void expandStar(SqlNodeList items) {
    List<SqlNode> expanded = new ArrayList<>();
    for (SqlNode item : items) {
      if (!isStar(item)) {
        expanded.add(item);
        continue;
      }
      List<Column> ordered = new ArrayList<>(source.valueColumns());
      ordered.addAll(source.keyColumns());
      for (Column column : ordered) {
        expanded.add(new SqlIdentifier(List.of(qualifier, column.name()), item.getParserPosition()));
      }
    }
    items.clear();
    items.addAll(expanded);
  }

  /**
   * Without GROUP BY or PARTITION BY the source's key stays the key, under the names the
   * projection gives it; a key column left out is refused unless {@code keyless}.
   */
  private List<String> inherited(boolean keyless) {
    List<String> names = new ArrayList<>();
    SqlNodeList items = query.select().getSelectList();
    for (Column key : source.keyColumns()) {
      SqlIdentifier column = new SqlIdentifier(key.name(), SqlParserPos.ZERO);
      List<String> selected = selecting(column);
      if (selected.size() > 1) {
        throw new PositionedException(items.getParserPosition(), "The query selects the key column " + key.name()
            + " of " + source.name() + " more than once (as " + String.join(" and ", selected) + "); select it once,"
            + " as the key of its sink.");
      }
      if (!selected.isEmpty()) {
        names.add(selected.get(0));
        continue;
      }
      boolean clash = outputNames(items).contains(key.name());
      if (!keyless || clash) {
        throw new PositionedException(items.getParserPosition(), "The query must select the key column "
            + key.name() + " of " + source.name() + " to write it as the key of its sink"
            + (clash ? ": another column of the projection is named " + key.name() + "." : "."));
      }
    }
    return names;
  }

  /** The output names of the select items that compute {@code expression}; a {@code *} computes each source column. */
  private List<String> selecting(SqlNode expression) {
    SqlNode wanted = unqualified(expression);
    List<String> names = new ArrayList<>();
    for (SqlNode item : query.select().getSelectList()) {
      if (isStar(item)) {
        if (wanted instanceof SqlIdentifier id && id.isSimple() && source.column(id.getSimple()).isPresent()) {
          names.add(id.getSimple());
        }
        continue;
      }
      SqlNode computed = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      if (unqualified(computed).equalsDeep(wanted, Litmus.IGNORE)) {
        names.add(SqlValidatorUtil.alias(item));
      }
    }
    return names;
  }

  /** A key added to the select list is named as ksqlDB names it: its column, its struct field, or KSQL_COL_n. */
  private static String keyName(SqlNode expression, Set<String> used) {
    String name = null;
    if (expression instanceof SqlIdentifier id) {
      name = last(id);
    } else if (expression.getKind() == SqlKind.DOT && ((SqlCall) expression).operand(1) instanceof SqlIdentifier field) {
      name = last(field);
    }
    if (name != null && !used.contains(name)) {
      return name;
    }
    int next = 0;
    while (used.contains("KSQL_COL_" + next)) {
      next++;
    }
    return "KSQL_COL_" + next;
  }

  private Set<String> outputNames(SqlNodeList items) {
    Set<String> names = new HashSet<>();
    for (SqlNode item : items) {
      if (isStar(item)) {
        source.columns().forEach(c -> names.add(c.name()));
      } else {
        names.add(SqlValidatorUtil.alias(item));
      }
    }
    return names;
  }

  /** {@code node} with the source's name or alias dropped from its column references. */
  private SqlNode unqualified(SqlNode node) {
    return node.accept(new SqlShuttle() {
      @Override
      public SqlNode visit(SqlIdentifier id) {
        if (id.names.size() > 1 && id.names.get(0).equals(qualifier)) {
          return id.getComponent(1, id.names.size());
        }
        return id;
      }
    });
  }

  private static boolean isStar(SqlNode item) {
    return item instanceof SqlIdentifier id && id.isStar();
  }

  private static String last(SqlIdentifier id) {
    return id.names.get(id.names.size() - 1);
  }

  private static boolean isNullLiteral(SqlNode node) {
    return node instanceof SqlLiteral literal && literal.getValue() == null;
  }
}

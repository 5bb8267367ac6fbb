package dev.eddy.engine.exec;

import dev.eddy.engine.catalog.Catalog;
import dev.eddy.engine.catalog.Column;
import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.SourceDefinition;
import dev.eddy.engine.catalog.SourceKind;
import dev.eddy.engine.plan.JoinSpec;
import dev.eddy.sql.tree.SqlJoinWindow;
import dev.eddy.sql.tree.SqlStreamingQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import org.apache.calcite.util.Litmus;

/**
 * The ksqlDB rules of a SELECT over joins, applied to the statement before Calcite sees it:
 * which joins are allowed between streams and tables (and need a WITHIN), how the result's
 * columns are named, and which column keys the result.
 *
 * <p>Naming, as ksqlDB: {@code *} and {@code s.*} give every column of a source as
 * {@code S_COLUMN}; {@code s.column} is {@code S_COLUMN} when another source has a column of that
 * name (or is a pseudo-column, which every source has), else {@code COLUMN}. The result is
 * keyed by the last join's key: the left side's join column, else the right side's, else one an
 * earlier join equated with them, whichever the projection has; a FULL OUTER join, or a join on
 * expressions only, is keyed by the synthetic {@code ROWKEY} (the non-null one of both sides'
 * keys), which the projection names as {@code ROWKEY} (and {@code *} includes).
 */
final class JoinSelect {

  static final String ROWKEY = "ROWKEY";

  /** One source of the FROM clause, by the name its columns are qualified with. */
  private record Source(String alias, SourceDefinition definition) {}

  /** What a FROM clause (or a part of it) reads: its sources, and whether it is a table. */
  private record Relation(List<Source> sources, boolean table) {
    List<SourceDefinition> definitions() {
      return sources.stream().map(Source::definition).toList();
    }
  }

  /** The key columns' expressions of the last join, left's and right's, or the synthetic key. */
  private record KeyPair(SqlNode left, SqlNode right) {}

  private final Catalog catalog;
  private final List<JoinSpec> specs = new ArrayList<>();
  private final Map<String, Integer> columnSources = new HashMap<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private List<KeyPair> lastKeys = List.of();
  private Relation lastLeft;
  private final List<KeyPair> allKeys = new ArrayList<>();
  private JoinType lastType;
  private boolean outer;
  private int syntheticPosition = -1;

  private JoinSelect(Catalog catalog) {
    this.catalog = catalog;
  }

  /** The analysis of a query reading joins: its specs, and which select items key it. */
  record Analysis(List<JoinSpec> specs, boolean syntheticKey, List<Integer> keyPositions, String keyHint) {}

  /** Whether the query reads a join. */
  static boolean reads(SqlSelect select) {
    return select.getFrom() instanceof SqlJoin;
  }

  /** Checks the joins, rewrites the select list with ksqlDB's names, and says what keys the result. */
  static Analysis analyze(SqlStreamingQuery query, Catalog catalog) {
    JoinSelect analysis = new JoinSelect(catalog);
    SqlSelect select = query.select();
    analysis.relation(select.getFrom(), query);
    JoinLimits.checkValueFormats(analysis.sources.values().stream().map(Source::definition).toList(),
        select.getFrom().getParserPosition());
    for (Source source : analysis.sources.values()) {
      for (Column column : source.definition().columns()) {
        analysis.columnSources.merge(column.name(), 1, Integer::sum);
      }
    }
    boolean synthetic = analysis.lastType == JoinType.FULL || analysis.keyCandidates().isEmpty();
    analysis.rewriteSelectList(select, synthetic);
    List<SqlNode> foreignKeyed = analysis.foreignKeyedSourceKey();
    if (foreignKeyed != null) {
      // A foreign-key join's result is keyed by the left table's key: every one of its columns.
      List<Integer> positions = new ArrayList<>();
      for (SqlNode column : foreignKeyed) {
        int at = analysis.position(select, column);
        if (at < 0) {
          return new Analysis(List.copyOf(analysis.specs), false, List.of(), String.join(" and ",
              foreignKeyed.stream().map(SqlNode::toString).toList()));
        }
        analysis.checkSelectedOnce(select, at);
        positions.add(at);
      }
      return new Analysis(List.copyOf(analysis.specs), false, positions, "");
    }
    List<SqlNode> candidates = synthetic ? List.of() : analysis.keyCandidates();
    int keyPosition = synthetic ? analysis.syntheticPosition : analysis.keyItem(select, candidates);
    String hint = synthetic ? ROWKEY : String.join(" or ", candidates.stream().map(SqlNode::toString).toList());
    return new Analysis(List.copyOf(analysis.specs), synthetic, keyPosition < 0 ? List.of() : List.of(keyPosition),
        hint);
  }

  /**
   * For a foreign-key join (two tables, the left one joined on a column that is not its whole
   * key, the right one on its key), the left table's key columns, qualified; otherwise null.
   */
  private List<SqlNode> foreignKeyedSourceKey() {
    if (specs.get(specs.size() - 1).kind() != JoinSpec.Kind.TABLE_TABLE || lastKeys.isEmpty()) {
      return null;
    }
    SqlNode left = lastKeys.get(0).left();
    Source owner = owner(left);
    Column column = column(left);
    if (owner == null && lastLeft.sources().size() == 1) {
      owner = lastLeft.sources().get(0); // an expression of the left table's columns
    } else if (owner == null || column == null || column.isKey() && owner.definition().keyColumns().size() == 1) {
      return null;
    }
    List<SqlNode> keys = new ArrayList<>();
    for (Column key : owner.definition().keyColumns()) {
      keys.add(new SqlIdentifier(List.of(owner.alias(), key.name()), SqlParserPos.ZERO));
    }
    return keys;
  }

  /** The source a plain column reference belongs to, or null. */
  private Source owner(SqlNode node) {
    if (!(node instanceof SqlIdentifier id) || id.isStar()) {
      return null;
    }
    String name = id.names.get(id.names.size() - 1);
    for (Source source : sources.values()) {
      if ((id.names.size() == 1 || id.names.get(0).equals(source.alias()))
          && source.definition().column(name).isPresent()) {
        return source;
      }
    }
    return null;
  }

  /** Where the select list has {@code column} (qualified, or by its plain name), or -1. */
  private int position(SqlSelect select, SqlNode column) {
    List<SqlNode> items = select.getSelectList().getList();
    SqlIdentifier qualified = (SqlIdentifier) column;
    for (int i = 0; i < items.size(); i++) {
      SqlNode item = items.get(i);
      SqlNode expression = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      if (expression instanceof SqlIdentifier id && (id.equalsDeep(qualified, Litmus.IGNORE)
          || id.isSimple() && id.getSimple().equals(qualified.names.get(1)) && owner(id) != null
          && owner(id).alias().equals(qualified.names.get(0)))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Refuses selecting the key column at {@code at} again elsewhere: the sink has one key column,
   * and a second copy of it would be a value column of the same name's origin, as ksqlDB refuses.
   */
  private void checkSelectedOnce(SqlSelect select, int at) {
    List<SqlNode> items = select.getSelectList().getList();
    SqlNode key = plain(items.get(at));
    for (int i = 0; i < items.size(); i++) {
      if (i != at && sameColumn(key, plain(items.get(i)))) {
        throw new PositionedException(items.get(i).getParserPosition(), "The key column " + key + " is selected"
            + " more than once, but the sink has one key column for it: select it once, or copy it into a value"
            + " with an expression, e.g. CAST(" + key + " AS STRING).");
      }
    }
  }

  /** Whether both name one column of one source, however qualified. */
  private boolean sameColumn(SqlNode a, SqlNode b) {
    Source owner = owner(a);
    return owner != null && owner == owner(b) && column(a).name().equals(column(b).name());
  }

  private static SqlNode plain(SqlNode item) {
    return item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
  }

  /**
   * The columns that may key the result, in ksqlDB's order of preference: the last join's left
   * column, its right column, then any column an earlier join equated with them (in a multi-way
   * join on one key, every source's key column is the result's key).
   */
  private List<SqlNode> keyCandidates() {
    return equivalentKeys().stream().filter(node -> node instanceof SqlIdentifier).toList();
  }

  /** The last join's key expressions, then every expression an earlier join equated with them. */
  private List<SqlNode> equivalentKeys() {
    List<SqlNode> ordered = new ArrayList<>();
    for (KeyPair pair : lastKeys) {
      ordered.add(pair.left());
      ordered.add(pair.right());
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (KeyPair pair : allKeys) {
        boolean hasLeft = contains(ordered, pair.left());
        boolean hasRight = contains(ordered, pair.right());
        if (hasLeft != hasRight) {
          ordered.add(hasLeft ? pair.right() : pair.left());
          grew = true;
        }
      }
    }
    return ordered;
  }

  private static boolean contains(List<SqlNode> nodes, SqlNode node) {
    return nodes.stream().anyMatch(n -> n.equalsDeep(node, Litmus.IGNORE));
  }

  /**
   * The select item keying the result: the first candidate the projection has. Its value is the
   * join key, which an outer join's null side must not blank out, so after any outer join it
   * becomes the first non-null of all the keys equated with it, as ksqlDB keys every result row
   * by its join key.
   */
  private int keyItem(SqlSelect select, List<SqlNode> candidates) {
    List<SqlNode> items = select.getSelectList().getList();
    for (SqlNode candidate : candidates) {
      for (int i = 0; i < items.size(); i++) {
        SqlNode item = items.get(i);
        SqlNode expression = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
        if (expression.equalsDeep(candidate, Litmus.IGNORE) || sameColumn(expression, candidate)) {
          checkSelectedOnce(select, i);
          if (outer) {
            List<SqlNode> keys = new ArrayList<>(List.of(candidate));
            equivalentKeys().stream().filter(key -> !contains(keys, key)).forEach(keys::add);
            SqlParserPos pos = item.getParserPosition();
            SqlNode key = SqlStdOperatorTable.COALESCE.createCall(pos, keys);
            select.getSelectList().set(i, as(key, SqlValidatorUtil.alias(item) == null
                ? ((SqlIdentifier) expression).names.get(((SqlIdentifier) expression).names.size() - 1)
                : SqlValidatorUtil.alias(item), pos));
          }
          return i;
        }
      }
    }
    return -1;
  }

  private Relation relation(SqlNode from, SqlStreamingQuery query) {
    if (from instanceof SqlJoin join) {
      Relation left = relation(join.getLeft(), query);
      Relation right = relation(join.getRight(), query);
      int ordinal = specs.size();
      JoinLimits.checkWindows(left.definitions(), right.definitions(), join.getParserPosition());
      specs.add(spec(join, left, right, query.joinWindow(ordinal)));
      lastKeys = keyPairs(join, left, right);
      lastLeft = left;
      checkForeignKeyFirst(join, left, specs.get(ordinal));
      allKeys.addAll(lastKeys);
      lastType = join.getJoinType();
      outer |= lastType != JoinType.INNER;
      List<Source> all = new ArrayList<>(left.sources());
      all.addAll(right.sources());
      return new Relation(all, left.table() && right.table());
    }
    SqlNode target = from;
    String alias = null;
    if (from.getKind() == SqlKind.AS) {
      target = ((SqlCall) from).operand(0);
      alias = ((SqlIdentifier) ((SqlCall) from).operand(1)).getSimple();
    }
    if (!(target instanceof SqlIdentifier name)) {
      throw new PositionedException(from.getParserPosition(), "A join reads streams and tables by name.");
    }
    SourceDefinition definition = catalog.find(name.getSimple()).orElseThrow(() -> new PositionedException(
        name.getParserPosition(), "Unknown source " + name.getSimple() + "."));
    Source source = new Source(alias == null ? definition.name() : alias, definition);
    if (sources.putIfAbsent(source.alias(), source) != null) {
      throw new PositionedException(from.getParserPosition(), "The join reads " + source.alias()
          + " twice; give each an alias of its own (e.g. " + source.alias() + " AS a, " + source.alias() + " AS b).");
    }
    return new Relation(List.of(source), definition.kind() == SourceKind.TABLE);
  }

  /** Which operator the join needs, refusing what ksqlDB refuses. */
  private static JoinSpec spec(SqlJoin join, Relation left, Relation right, SqlJoinWindow within) {
    SqlParserPos at = join.getParserPosition();
    if (join.getConditionType() != JoinConditionType.ON) {
      throw new PositionedException(at, "A join needs an ON condition: equalities between its two sides.");
    }
    JoinType type = join.getJoinType();
    if (type != JoinType.INNER && type != JoinType.LEFT && type != JoinType.RIGHT && type != JoinType.FULL) {
      throw new PositionedException(at, "Joins are INNER, LEFT, RIGHT or FULL OUTER, not " + type + ".");
    }
    if (!left.table() && !right.table()) {
      if (within == null) {
        throw new PositionedException(at, "A join of two streams needs a window: add WITHIN, e.g. WITHIN 1 HOUR.");
      }
      long before = within.before().toMillis();
      long after = within.effectiveAfter().toMillis();
      boolean graced = within.grace() != null;
      return new JoinSpec(JoinSpec.Kind.STREAM_STREAM, before, after,
          graced ? within.grace().toMillis() : JoinSpec.DEFAULT_GRACE_MS, graced);
    }
    if (within != null) {
      throw new PositionedException(within.getParserPosition(),
          "WITHIN is for joins of two streams; a join with a table meets the table's current row.");
    }
    if (left.table() && !right.table()) {
      throw new PositionedException(at, "A table cannot be joined to a stream in that order: put the stream on the"
          + " left (stream JOIN table).");
    }
    if (!left.table()) {
      if (type == JoinType.RIGHT || type == JoinType.FULL) {
        throw new PositionedException(at, "A stream-table join is INNER or LEFT: a table's rows are not events, so"
            + " they have no unmatched results of their own.");
      }
      return JoinSpec.of(JoinSpec.Kind.STREAM_TABLE);
    }
    return JoinSpec.of(JoinSpec.Kind.TABLE_TABLE);
  }

  /**
   * The ON condition's one equality as a (left side, right side) pair: as in ksqlDB, a join is
   * on one expression per side, since a result has one key column to carry it.
   */
  private List<KeyPair> keyPairs(SqlJoin join, Relation left, Relation right) {
    SqlNode condition = join.getCondition();
    if (condition instanceof SqlBasicCall call && call.getKind() == SqlKind.AND) {
      throw new PositionedException(condition.getParserPosition(), "A join is on one equality between its two"
          + " sides, not several joined by AND: join on one column, e.g. a STRUCT of the columns made by an"
          + " earlier query.");
    }
    if (condition instanceof SqlBasicCall call && call.getKind() == SqlKind.EQUALS) {
      SqlNode a = call.operand(0);
      SqlNode b = call.operand(1);
      checkComparable(call, a, b);
      KeyPair pair = readsOnly(a, left) ? new KeyPair(a, b) : new KeyPair(b, a);
      JoinLimits.checkKeyType(pair.left(), column(pair.left()));
      JoinLimits.checkKeyType(pair.right(), column(pair.right()));
      JoinLimits.checkWindowedKey(left.definitions(), pair.left(), column(pair.left()));
      JoinLimits.checkWindowedKey(right.definitions(), pair.right(), column(pair.right()));
      return List.of(pair);
    }
    throw new PositionedException(condition.getParserPosition(),
        "A join condition must be an equality between the two sides.");
  }

  /**
   * Refuses a foreign-key join (a table joined on another column than its key) after the first
   * join: the rows of an earlier join's result are not a table's rows to re-key by one column.
   */
  private void checkForeignKeyFirst(SqlJoin join, Relation left, JoinSpec spec) {
    if (spec.kind() != JoinSpec.Kind.TABLE_TABLE || left.sources().size() < 2) {
      return;
    }
    SqlNode key = lastKeys.get(0).left();
    Column column = column(key);
    if (column == null || !column.isKey()) {
      throw new PositionedException(join.getCondition().getParserPosition(), "Cannot join on " + key + " after"
          + " another join: a foreign-key join (on a column other than the left table's key) must be the first"
          + " join of the query. Join on a key here, or make the foreign-key join in a query of its own.");
    }
  }

  /**
   * Refuses joining a column (or a CAST) on one of another kind (a number on a string): Calcite
   * would cast one side, but the keys would be compared — and partitioned — as something
   * neither side holds. Other expressions are left to the validator.
   */
  private void checkComparable(SqlCall equality, SqlNode a, SqlNode b) {
    SqlTypeName left = typeName(a);
    SqlTypeName right = typeName(b);
    if (left != null && right != null && left.getFamily() != right.getFamily()) {
      String name = left == SqlTypeName.VARCHAR ? "STRING" : left.getName();
      throw new PositionedException(equality.getParserPosition(), "Cannot join on " + a + " = " + b + ": "
          + name + " and " + (right == SqlTypeName.VARCHAR ? "STRING" : right.getName())
          + " values never match. Cast one side, e.g. CAST(" + b + " AS " + name + ").");
    }
  }

  /** The type of a plain column, or the target type of a CAST; otherwise null. */
  private SqlTypeName typeName(SqlNode node) {
    if (node.getKind() == SqlKind.CAST && ((SqlCall) node).operand(1) instanceof SqlDataTypeSpec spec
        && spec.getTypeName().isSimple()) {
      String name = spec.getTypeName().getSimple().toUpperCase(Locale.ROOT);
      return name.equals("STRING") ? SqlTypeName.VARCHAR : SqlTypeName.get(name);
    }
    Column column = column(node);
    return column == null ? null : column.type().getSqlTypeName();
  }

  /** The column {@code node} names, if it is a plain column of a source of the FROM clause. */
  private Column column(SqlNode node) {
    Source owner = owner(node);
    return owner == null ? null : owner.definition().column(((SqlIdentifier) node).names.get(
        ((SqlIdentifier) node).names.size() - 1)).orElse(null);
  }

  /** Whether every column {@code expression} names belongs to a source of {@code relation}. */
  private boolean readsOnly(SqlNode expression, Relation relation) {
    boolean[] all = {true};
    expression.accept(new SqlShuttle() {
      @Override
      public SqlNode visit(SqlIdentifier id) {
        all[0] &= relation.sources().stream().anyMatch(s -> owns(s, id));
        return id;
      }
    });
    return all[0];
  }

  private static boolean owns(Source source, SqlIdentifier id) {
    if (id.names.size() > 1) {
      return id.names.get(0).equalsIgnoreCase(source.alias());
    }
    return source.definition().column(id.getSimple()).isPresent();
  }

  /** Expands stars and names qualified columns as ksqlDB does; ROWKEY becomes the synthetic key. */
  private void rewriteSelectList(SqlSelect select, boolean synthetic) {
    List<SqlNode> items = new ArrayList<>();
    for (SqlNode item : select.getSelectList()) {
      SqlNode expression = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
      String alias = item.getKind() == SqlKind.AS ? SqlValidatorUtil.alias(item) : null;
      SqlParserPos pos = item.getParserPosition();
      if (expression instanceof SqlIdentifier id && id.isStar()) {
        if (id.names.size() == 1) {
          if (synthetic) {
            syntheticPosition = items.size();
            items.add(as(syntheticKey(pos), ROWKEY, pos));
          }
          sources.values().forEach(source -> expand(source, items, pos));
        } else {
          Source source = sources.get(id.names.get(0).toUpperCase(Locale.ROOT));
          if (source == null) {
            source = sources.get(id.names.get(0));
          }
          if (source == null) {
            throw new PositionedException(pos, "Unknown source " + id.names.get(0) + " in " + id + ".");
          }
          expand(source, items, pos);
        }
      } else if (expression instanceof SqlIdentifier id && id.isSimple() && id.getSimple().equals(ROWKEY)) {
        syntheticPosition = items.size();
        items.add(as(syntheticKey(pos), alias == null ? ROWKEY : alias, pos));
      } else if (alias == null && expression instanceof SqlIdentifier id && id.names.size() == 2) {
        String column = id.names.get(1);
        // Every source has the pseudo-columns (ROWTIME...), so they are always qualified.
        boolean shared = columnSources.getOrDefault(column, 0) > 1 || PseudoColumn.named(column).isPresent();
        items.add(as(id, shared ? id.names.get(0).toUpperCase(Locale.ROOT) + "_" + column : column, pos));
      } else {
        items.add(item);
      }
    }
    select.setSelectList(new SqlNodeList(items, select.getSelectList().getParserPosition()));
  }

  private static void expand(Source source, List<SqlNode> items, SqlParserPos pos) {
    List<Column> columns = new ArrayList<>(source.definition().columns().stream().filter(Column::isKey).toList());
    columns.addAll(source.definition().columns().stream().filter(c -> !c.isKey()).toList());
    for (Column column : columns) {
      items.add(as(new SqlIdentifier(List.of(source.alias(), column.name()), pos),
          source.alias().toUpperCase(Locale.ROOT) + "_" + column.name(), pos));
    }
  }

  /** The synthetic key: the first pair's left key, or the right one where the left is null. */
  private SqlNode syntheticKey(SqlParserPos pos) {
    if (lastKeys.isEmpty()) {
      throw new PositionedException(pos, "ROWKEY names the key of a join's result; this query has no join key.");
    }
    KeyPair pair = lastKeys.get(0);
    return SqlStdOperatorTable.COALESCE.createCall(pos, pair.left(), pair.right());
  }

  private static SqlNode as(SqlNode expression, String alias, SqlParserPos pos) {
    return SqlStdOperatorTable.AS.createCall(pos, expression, new SqlIdentifier(alias, pos));
  }

  /** The select-list positions keying the result, or an error saying what the projection must include. */
  static List<Integer> keyPositions(SqlSelect select, Analysis analysis, String sinkName) {
    if (!analysis.keyPositions().isEmpty()) {
      return analysis.keyPositions();
    }
    throw new PositionedException(select.getSelectList().getParserPosition(), "The query writing " + sinkName
        + " must select its join key " + analysis.keyHint() + " (e.g. SELECT " + analysis.keyHint().split(" or ")[0]
        + ", ...) to write it as the key of its sink" + (analysis.syntheticKey()
            ? "; ROWKEY is the key of a FULL OUTER join or a join on expressions: the non-null one of both sides' keys."
            : "."));
  }
}

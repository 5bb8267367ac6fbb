package dev.eddy.engine.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.sql.validate.ListScope;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorUtil;

/**
 * Readies a select list's struct dereferences as ksqlDB does, before Calcite sees them:
 * {@code s->*} becomes one item per field of the struct, named after the field, and an
 * unnamed {@code s->f} is named after its field {@code f} — or {@code f_1}, {@code f_2}, ... when
 * a source column or an earlier item already has that name.
 *
 * <p>Both need what the FROM clause reads (the struct's fields, the source's columns), which
 * only validation knows; so a copy of the FROM clause is validated on its own first, with the
 * struct expressions as its select list. A copy, because validation rewrites the tree it checks.
 * When that fails the items stay as they are and the query's own validation reports the error.
 */
public final class DereferenceItems {

  private DereferenceItems() {}

  public static void apply(SqlSelect select, Validators validators) {
    SqlNodeList items = select.getSelectList();
    if (items.stream().noneMatch(DereferenceItems::isDereference) || select.getFrom() == null) {
      return;
    }
    List<SqlNode> structs = new ArrayList<>();
    for (SqlNode item : items) {
      if (isStar(item)) {
        structs.add(copy(((SqlCall) item).operand(0)));
      }
    }
    Probe probe;
    try {
      probe = Probe.of(select, structs, validators);
    } catch (RuntimeException e) {
      return;
    }
    Map<String, Integer> nextSuffix = new HashMap<>();
    probe.sourceColumns().forEach(name -> nextSuffix.put(name, 1));
    for (SqlNode item : items) {
      String alias = SqlValidatorUtil.alias(item);
      if (alias != null && !isDereference(item)) {
        nextSuffix.putIfAbsent(alias, 1);
      }
    }
    SqlNodeList expanded = new SqlNodeList(items.getParserPosition());
    int star = 0;
    for (SqlNode item : items) {
      if (isStar(item)) {
        RelDataType struct = probe.structTypes().get(star++);
        if (!struct.isStruct()) {
          expanded.add(item);
          continue;
        }
        SqlNode base = ((SqlCall) item).operand(0);
        SqlParserPos pos = item.getParserPosition();
        for (RelDataTypeField field : struct.getFieldList()) {
          nextSuffix.putIfAbsent(field.getName(), 1);
          SqlNode dereference = SqlStdOperatorTable.DOT.createCall(pos, copy(base), new SqlIdentifier(field.getName(), pos));
          expanded.add(as(dereference, field.getName(), pos));
        }
      } else if (isDereference(item)) {
        String field = ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple();
        int suffix = nextSuffix.getOrDefault(field, 0);
        nextSuffix.put(field, suffix + 1);
        expanded.add(as(item, suffix == 0 ? field : field + "_" + suffix, item.getParserPosition()));
      } else {
        expanded.add(item);
      }
    }
    select.setSelectList(expanded);
  }

  /** An unnamed {@code s->f} or an {@code s->*}. */
  private static boolean isDereference(SqlNode item) {
    return item instanceof SqlCall call && call.getOperator() == SqlStdOperatorTable.DOT
        && call.operand(1) instanceof SqlIdentifier;
  }

  private static boolean isStar(SqlNode item) {
    return isDereference(item) && ((SqlIdentifier) ((SqlCall) item).operand(1)).isStar();
  }

  private static SqlNode as(SqlNode node, String alias, SqlParserPos pos) {
    return SqlStdOperatorTable.AS.createCall(pos, node, new SqlIdentifier(alias, pos));
  }

  /** A deep copy: validation rewrites the calls and lists of the tree it checks. */
  private static SqlNode copy(SqlNode node) {
    return node == null ? null : node.accept(new SqlShuttle() {
      @Override public SqlNode visit(SqlIdentifier id) {
        return id.clone(id.getParserPosition());
      }

      @Override public SqlNode visit(SqlNodeList list) {
        SqlNodeList copy = new SqlNodeList(list.getParserPosition());
        for (SqlNode node : list) {
          copy.add(node == null ? null : node.accept(this));
        }
        return copy;
      }

      @Override public SqlNode visit(SqlCall call) {
        CallCopyingArgHandler operands = new CallCopyingArgHandler(call, true);
        call.getOperator().acceptCall(this, call, false, operands);
        return operands.result();
      }
    });
  }

  /**
   * What the FROM clause gives: the columns of the sources it reads, and the type of each
   * struct expression asked about.
   */
  private record Probe(List<String> sourceColumns, List<RelDataType> structTypes) {

    static Probe of(SqlSelect select, List<SqlNode> structs, Validators validators) {
      SqlParserPos pos = select.getParserPosition();
      SqlNodeList list = new SqlNodeList(pos);
      structs.forEach(list::add);
      if (structs.isEmpty()) {
        list.add(SqlLiteral.createExactNumeric("1", pos));
      }
      SqlSelect probe = new SqlSelect(pos, null, list, copy(select.getFrom()), null, null, null, null, null, null,
          null, null);
      EddyValidator validator = validators.create();
      SqlSelect validated = (SqlSelect) validator.validate(probe);
      RelDataType rowType = validator.getValidatedNodeType(validated);
      List<String> columns = new ArrayList<>();
      for (SqlValidatorNamespace source : ((ListScope) validator.getSelectScope(validated)).getChildren()) {
        columns.addAll(source.getRowType().getFieldNames());
      }
      List<RelDataType> types = structs.isEmpty() ? List.of()
          : rowType.getFieldList().stream().map(RelDataTypeField::getType).toList();
      return new Probe(columns, types);
    }
  }
}

package dev.eddy.engine.codegen;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.SqlKind;

/**
 * Turns a CAST between structs, arrays or maps that differ only in nullability (an
 * {@code ARRAY[STRUCT(...)]} written into an {@code ARRAY<STRUCT<...>>} column, or one side of
 * {@code =}) into a reinterpretation. Such a value has the same representation either way, and
 * Calcite's code generator cannot cast an array of structs element by element.
 */
final class NullabilityCasts extends RexShuttle {

  private final RexBuilder rexBuilder;

  NullabilityCasts(RexBuilder rexBuilder) {
    this.rexBuilder = rexBuilder;
  }

  @Override public RexNode visitCall(RexCall call) {
    RexCall visited = (RexCall) super.visitCall(call);
    if (visited.getKind() != SqlKind.CAST) {
      return visited;
    }
    RexNode operand = visited.getOperands().get(0);
    RelDataType from = operand.getType();
    RelDataType to = visited.getType();
    boolean collection = from.getComponentType() != null || from.isStruct()
        || from.getKeyType() != null;
    if (!collection || !sameSansNullability(from, to)) {
      return visited;
    }
    return rexBuilder.makeReinterpretCast(to, operand, rexBuilder.makeLiteral(false));
  }

  /** Equal at every level of nesting once nullability is ignored. */
  private static boolean sameSansNullability(RelDataType a, RelDataType b) {
    if (a.getSqlTypeName() != b.getSqlTypeName()) {
      return false;
    }
    if (a.isStruct()) {
      if (a.getFieldCount() != b.getFieldCount()) {
        return false;
      }
      for (int i = 0; i < a.getFieldCount(); i++) {
        RelDataTypeField fa = a.getFieldList().get(i);
        RelDataTypeField fb = b.getFieldList().get(i);
        if (!fa.getName().equals(fb.getName()) || !sameSansNullability(fa.getType(), fb.getType())) {
          return false;
        }
      }
      return true;
    }
    if (a.getKeyType() != null) {
      return sameSansNullability(a.getKeyType(), b.getKeyType())
          && sameSansNullability(a.getValueType(), b.getValueType());
    }
    if (a.getComponentType() != null) {
      return sameSansNullability(a.getComponentType(), b.getComponentType());
    }
    return a.getPrecision() == b.getPrecision() && a.getScale() == b.getScale();
  }
}

package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.PseudoColumn;
import dev.eddy.engine.catalog.TypeNames;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCallBinding;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.implicit.TypeCoercionImpl;
import org.apache.calcite.util.NlsString;

/**
 * Calcite's implicit coercion of comparison operands, first held to ksqlDB's rules
 * ({@link ComparableTypes}). An IN list is more lenient, as in ksqlDB: a string literal may stand
 * for a number or a boolean when it reads as one, also inside an ARRAY, MAP or STRUCT constructor.
 */
final class EddyTypeCoercion extends TypeCoercionImpl {

  EddyTypeCoercion(RelDataTypeFactory typeFactory, SqlValidator validator) {
    super(typeFactory, validator);
  }

  @Override public boolean binaryComparisonCoercion(SqlCallBinding binding) {
    SqlKind kind = binding.getOperator().getKind();
    if (binding.getOperandCount() == 2 && (kind.belongsTo(SqlKind.BINARY_COMPARISON)
        || kind == SqlKind.IS_DISTINCT_FROM || kind == SqlKind.IS_NOT_DISTINCT_FROM)) {
      SqlNode left = binding.operand(0);
      SqlNode right = binding.operand(1);
      if (!readsTimeFromString(left, right) && !readsTimeFromString(right, left)) {
        check(binding, left, binding.getOperandType(0), right, binding.getOperandType(1));
      }
    }
    return super.binaryComparisonCoercion(binding);
  }

  @Override public boolean inOperationCoercion(SqlCallBinding binding) {
    SqlNode left = binding.operand(0);
    RelDataType leftType = binding.getOperandType(0);
    if (binding.operand(1) instanceof SqlNodeList list) {
      for (SqlNode element : list) {
        checkLiterals(binding, element, leftType, left);
        if (!(isString(element) && readsFromString(leftType))) {
          check(binding, left, leftType, element, validator.deriveType(binding.getScope(), element));
        }
      }
    }
    return super.inOperationCoercion(binding);
  }

  private void check(SqlCallBinding binding, SqlNode left, RelDataType leftType, SqlNode right, RelDataType rightType) {
    SqlKind kind = binding.getOperator().getKind();
    if (ComparableTypes.allowed(leftType, kind, rightType)) {
      return;
    }
    boolean sameKind = leftType.getSqlTypeName() == rightType.getSqlTypeName();
    String why = sameKind
        ? ": values of type " + TypeNames.of(leftType) + " can only be tested for equality."
        : ". Convert one side with CAST first.";
    throw validator.newValidationError(right, EddyResource.INSTANCE.cannotCompare(left.toString(),
        TypeNames.of(leftType), right.toString(), TypeNames.of(rightType), binding.getOperator().getName(), why));
  }

  /**
   * Refuses a string literal in {@code node} that should read as a number of {@code target}
   * but does not, looking into constructors whose type {@code target} spells out.
   */
  private void checkLiterals(SqlCallBinding binding, SqlNode node, RelDataType target, SqlNode other) {
    if (isString(node)) {
      String text = ((SqlLiteral) node).getValueAs(NlsString.class).getValue();
      if (readsFromString(target) && !readsAs(text.trim(), target)) {
        throw validator.newValidationError(node, EddyResource.INSTANCE.notAValue(text, TypeNames.of(target),
            other.toString()));
      }
      return;
    }
    if (!(node instanceof SqlCall call)) {
      return;
    }
    List<SqlNode> operands = call.getOperandList();
    if (call.getKind() == SqlKind.ARRAY_VALUE_CONSTRUCTOR && target.getComponentType() != null) {
      operands.forEach(o -> checkLiterals(binding, o, target.getComponentType(), other));
    } else if (call.getKind() == SqlKind.MAP_VALUE_CONSTRUCTOR && target.getKeyType() != null) {
      for (int i = 0; i + 1 < operands.size(); i += 2) {
        checkLiterals(binding, operands.get(i), target.getKeyType(), other);
        checkLiterals(binding, operands.get(i + 1), target.getValueType(), other);
      }
    } else if (call.getOperator() == StructConstructor.INSTANCE && target.isStruct()) {
      for (int i = 0; i + 1 < operands.size(); i += 2) {
        RelDataTypeField field = target.getField(((SqlLiteral) operands.get(i)).getValueAs(NlsString.class).getValue(),
            true, false);
        if (field != null) {
          checkLiterals(binding, operands.get(i + 1), field.getType(), other);
        }
      }
    }
  }

  /** ksqlDB reads any number for a numeric type (the value is converted later), and t, yes, n... for a boolean. */
  private static boolean readsAs(String text, RelDataType type) {
    if (type.getSqlTypeName() == SqlTypeName.BOOLEAN) {
      String lower = text.toLowerCase(Locale.ROOT);
      return !lower.isEmpty() && Stream.of("true", "false", "yes", "no").anyMatch(word -> word.startsWith(lower));
    }
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean readsFromString(RelDataType type) {
    return SqlTypeUtil.isNumeric(type) || type.getSqlTypeName() == SqlTypeName.BOOLEAN;
  }

  private static boolean isString(SqlNode node) {
    return node instanceof SqlLiteral literal && literal.getValue() instanceof NlsString;
  }

  /**
   * ksqlDB reads a string literal compared with ROWTIME, WINDOWSTART or WINDOWEND as a
   * timestamp, so such a comparison is not a string against a number.
   */
  private static boolean readsTimeFromString(SqlNode column, SqlNode literal) {
    return column instanceof SqlIdentifier id && PseudoColumn.named(id.names.get(id.names.size() - 1))
        .filter(p -> p == PseudoColumn.ROWTIME || p == PseudoColumn.WINDOWSTART || p == PseudoColumn.WINDOWEND)
        .isPresent() && isString(literal);
  }
}

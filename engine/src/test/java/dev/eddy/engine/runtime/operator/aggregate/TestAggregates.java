package dev.eddy.engine.runtime.operator.aggregate;

import dev.eddy.engine.function.BoundAggregate;
import dev.eddy.engine.function.EddyOperatorTable;
import dev.eddy.functions.api.TableUdaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.registry.FunctionRegistry;
import java.util.List;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.RelCollations;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.SqlAggFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Aggregate calls bound to the registry as the planner binds them, over input rows
 * {@code [ID STRING, QTY INTEGER]}, and the layouts of their output rows.
 */
final class TestAggregates {

  private static final JavaTypeFactory TYPES = new JavaTypeFactoryImpl();
  private static final RelDataType INPUT = TYPES.builder()
      .add("ID", SqlTypeName.VARCHAR).nullable(true)
      .add("QTY", SqlTypeName.INTEGER).nullable(true)
      .build();
  private static final EddyOperatorTable OPERATORS = EddyOperatorTable.of(
      FunctionRegistry.builder().addBuiltIns().addClass(StrictSum.class).build());

  private TestAggregates() {}

  /** COUNT(*). */
  static BoundAggregate countAll() {
    return bind(SqlStdOperatorTable.COUNT, List.of(), SqlTypeName.BIGINT);
  }

  /** SUM(QTY). */
  static BoundAggregate sumQty() {
    return bind(SqlStdOperatorTable.SUM, List.of(1), SqlTypeName.INTEGER);
  }

  /** STRICT_SUM(QTY): a sum that throws for a 0. */
  static BoundAggregate strictSumQty() {
    return bind((SqlAggFunction) OPERATORS.function("STRICT_SUM").orElseThrow(), List.of(1), SqlTypeName.INTEGER);
  }

  private static BoundAggregate bind(SqlAggFunction function, List<Integer> arguments, SqlTypeName type) {
    AggregateCall call = AggregateCall.create(function, false, false, false, List.of(), arguments, -1, null,
        RelCollations.EMPTY, TYPES.createTypeWithNullability(TYPES.createSqlType(type), true), null);
    return BoundAggregate.bind(OPERATORS, call, INPUT, List.of());
  }

  /** Output {@code [ID, aggregates...]}, grouped by ID. */
  static GroupLayout byId(int aggregates) {
    return new GroupLayout(new int[] {0}, new int[] {0}, -1, -1, 1, 1 + aggregates);
  }

  /** Output {@code [ID, WINDOWSTART, WINDOWEND, aggregates...]}, grouped by ID. */
  static GroupLayout windowedById(int aggregates) {
    return new GroupLayout(new int[] {0}, new int[] {0}, 1, 2, 3, 3 + aggregates);
  }

  @UdafDescription(name = "STRICT_SUM", description = "A sum that refuses zeros, to test failing aggregates.")
  public static final class StrictSum {
    @UdafFactory(description = "Sums integers; throws for a 0.")
    public static TableUdaf<Integer, Integer, Integer> strictSum() {
      return new TableUdaf<>() {
        @Override
        public Integer initialize() {
          return 0;
        }

        @Override
        public Integer aggregate(Integer value, Integer sum) {
          if (value != null && value == 0) {
            throw new IllegalArgumentException("zero is not allowed");
          }
          return value == null ? sum : sum + value;
        }

        @Override
        public Integer merge(Integer left, Integer right) {
          return left + right;
        }

        @Override
        public Integer map(Integer sum) {
          return sum;
        }

        @Override
        public Integer undo(Integer value, Integer sum) {
          return value == null ? sum : sum - value;
        }
      };
    }
  }
}

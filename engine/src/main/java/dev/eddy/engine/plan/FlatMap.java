package dev.eddy.engine.plan;

import java.util.List;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.SingleRel;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;

/**
 * The table functions of a SELECT (see {@link TableFunctionSplit}): the input's columns from
 * {@code firstList} on are lists (each a table function's rows for the input row), and each
 * input row becomes one row per position up to the longest list, those columns holding the
 * element at that position (NULL past a list's end), the others repeated.
 */
public class FlatMap extends SingleRel {

  private final int firstList;

  FlatMap(RelOptCluster cluster, RelTraitSet traits, RelNode input, int firstList) {
    super(cluster, traits, input);
    this.firstList = firstList;
  }

  /** The first list column; the columns before it are repeated on every output row. */
  public int firstList() {
    return firstList;
  }

  @Override public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new FlatMap(getCluster(), traitSet, sole(inputs), firstList);
  }

  @Override protected RelDataType deriveRowType() {
    RelDataTypeFactory types = getCluster().getTypeFactory();
    RelDataTypeFactory.Builder row = types.builder();
    List<RelDataTypeField> fields = getInput().getRowType().getFieldList();
    for (int i = 0; i < fields.size(); i++) {
      RelDataType type = fields.get(i).getType();
      row.add(fields.get(i).getName(), i < firstList ? type
          : types.createTypeWithNullability(type.getComponentType(), true));
    }
    return row.build();
  }

  @Override public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("firstList", firstList);
  }
}

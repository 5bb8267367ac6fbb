package dev.eddy.engine.plan;

import dev.eddy.engine.catalog.TypeNames;
import dev.eddy.engine.codegen.RowTransformCompiler;
import java.util.List;
import java.util.Map;
import org.apache.calcite.DataContexts;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.volcano.VolcanoPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Values;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgramBuilder;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql2rel.SqlToRelConverter;

/**
 * Evaluates the expressions of INSERT ... VALUES: Calcite validates them (types, functions,
 * positions), each is cast to its column's type, and the compiled program runs once.
 */
public final class ConstantEvaluator {

  private final Validators validators;
  private final RowTransformCompiler compiler;

  public ConstantEvaluator(Validators validators, RowTransformCompiler compiler) {
    this.validators = validators;
    this.compiler = compiler;
  }

  /**
   * Whether a value of type {@code actual} may be stored in a column of type {@code target}
   * without a CAST: Calcite's assignment rule, applied to the elements of collections and the
   * fields of structs, so that {@code MAP('x' := 1)} fits a {@code MAP<STRING, INT>}.
   */
  static boolean canStore(RelDataType target, RelDataType actual) {
    if (SqlTypeUtil.isNull(actual)) {
      return true;
    }
    if (target.getComponentType() != null && actual.getComponentType() != null) {
      return canStore(target.getComponentType(), actual.getComponentType());
    }
    if (target.getKeyType() != null && actual.getKeyType() != null) {
      return canStore(target.getKeyType(), actual.getKeyType()) && canStore(target.getValueType(), actual.getValueType());
    }
    if (target.isStruct() && actual.isStruct()) {
      if (target.getFieldCount() != actual.getFieldCount()) {
        return false;
      }
      for (int i = 0; i < target.getFieldCount(); i++) {
        if (!canStore(target.getFieldList().get(i).getType(), actual.getFieldList().get(i).getType())) {
          return false;
        }
      }
      return true;
    }
    return SqlTypeUtil.canAssignFrom(target, actual);
  }

  /**
   * The values, in Calcite's internal representation, of {@code expressions} cast to
   * {@code types}; an expression whose type cannot be assigned to its column is refused with
   * its position.
   */
  public Object[] evaluate(List<SqlNode> expressions, List<RelDataType> types, List<String> columnNames) {
    SqlParserPos pos = expressions.isEmpty() ? SqlParserPos.ZERO : expressions.get(0).getParserPosition();
    SqlSelect select = (SqlSelect) TimeUnitArguments.rewrite(StructConstructor.rewrite(new SqlSelect(pos, null,
        new SqlNodeList(expressions, pos), null, null, null, null, null, null, null, null, null, null)));
    expressions = select.getSelectList().getList();
    EddyValidator validator = validators.create();
    validator.validate(select);
    for (int i = 0; i < expressions.size(); i++) {
      RelDataType actual = validator.getValidatedNodeType(expressions.get(i));
      if (!canStore(types.get(i), actual)) {
        throw validator.newValidationError(expressions.get(i), EddyResource.INSTANCE.cannotAssign(
            TypeNames.of(actual), columnNames.get(i), TypeNames.of(types.get(i))));
      }
    }
    RelOptCluster cluster = RelOptCluster.create(new VolcanoPlanner(), new RexBuilder(validators.typeFactory()));
    SqlToRelConverter converter = new SqlToRelConverter(null, validator,
        validator.getCatalogReader().unwrap(CalciteCatalogReader.class), cluster, StructConstructor.CONVERTLETS,
        SqlToRelConverter.config());
    RelNode rel = converter.convertQuery(select, false, true).rel;
    // Calcite folds an all-literal row into Values; anything else is a Project over one empty row.
    List<? extends RexNode> projects;
    RelDataType inputType;
    if (rel instanceof Values values) {
      projects = values.getTuples().get(0);
      inputType = validators.typeFactory().builder().build();
    } else {
      Project project = (Project) rel;
      projects = project.getProjects();
      inputType = project.getInput().getRowType();
    }
    RexBuilder rex = cluster.getRexBuilder();
    RexProgramBuilder program = new RexProgramBuilder(inputType, rex);
    for (int i = 0; i < projects.size(); i++) {
      RelDataType target = validators.typeFactory().createTypeWithNullability(types.get(i), true);
      program.addProject(rex.makeCast(target, projects.get(i), true, false), "C" + i);
    }
    Object[] input = new Object[inputType.getFieldCount()];
    return compiler.compile(program.getProgram(), DataContexts.of(Map.of())).apply(input);
  }
}

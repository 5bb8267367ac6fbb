package dev.eddy.engine.codegen;

import dev.eddy.engine.function.FunctionFailures;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.ClassDeclaration;
import org.apache.calcite.linq4j.tree.ClassDeclarationFinder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.MemberDeclaration;
import org.apache.calcite.linq4j.tree.MethodDeclaration;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.commons.compiler.CompilerFactoryFactory;
import org.codehaus.commons.compiler.ISimpleCompiler;

/**
 * Compiles a {@link RexProgram} (a condition and projections over one input row) into a
 * {@link RowTransform} class with Calcite's code generator and Janino, so expressions run as
 * bytecode rather than being interpreted per row.
 */
public final class RowTransformCompiler {

  private static final AtomicLong CLASS_IDS = new AtomicLong();

  private final JavaTypeFactory typeFactory;
  private final ClassLoader classLoader;

  /** @param classLoader what generated code can name: the engine's classes and user functions' */
  public RowTransformCompiler(JavaTypeFactory typeFactory, ClassLoader classLoader) {
    this.typeFactory = typeFactory;
    this.classLoader = classLoader;
  }

  public RowTransformCompiler(JavaTypeFactory typeFactory) {
    this(typeFactory, RowTransformCompiler.class.getClassLoader());
  }

  public RowTransform compile(RexProgram program, DataContext context) {
    RexBuilder rexBuilder = new RexBuilder(typeFactory);
    program = ComparisonSemantics.apply(program, rexBuilder);
    String className = "EddyRowTransform" + CLASS_IDS.incrementAndGet();
    StringBuilder source = new StringBuilder("public final class " + className + " implements "
        + RowTransform.class.getName() + " {\n"
        + "  private final " + DataContext.class.getName() + " root;\n"
        + "  public " + className + "(" + DataContext.class.getName() + " root) { this.root = root; }\n");
    List<MemberDeclaration> methods = new ArrayList<>();
    if (program.getCondition() != null) {
      methods.add(conditionMethod(program));
    }
    List<RexNode> projects = program.expandList(program.getProjectList());
    List<String> names = program.getOutputRowType().getFieldNames();
    for (int i = 0; i < projects.size(); i++) {
      RexProgram single = RexProgram.create(program.getInputRowType(), List.of(projects.get(i)), null,
          List.of(names.get(i)), rexBuilder);
      methods.add(projectionMethod(single, "column" + i));
    }
    source.append(Expressions.toString(hoistConstants(methods), "\n", false));
    source.append(applyMethods(program.getCondition() != null, projects.size())).append("}\n");
    try {
      ISimpleCompiler compiler = CompilerFactoryFactory
          .getDefaultCompilerFactory(RowTransformCompiler.class.getClassLoader())
          .newSimpleCompiler();
      compiler.setParentClassLoader(classLoader);
      compiler.cook(source.toString());
      return (RowTransform) compiler.getClassLoader().loadClass(className)
          .getConstructor(DataContext.class).newInstance(context);
    } catch (CompileException e) {
      throw new IllegalStateException("Generated code does not compile: " + e.getMessage() + "\n" + source, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot load generated class " + className, e);
    }
  }

  /**
   * The methods and, as static final fields beside them, the values they would otherwise build
   * anew every row from constants alone, such as a DECIMAL literal's {@code new BigDecimal("0.908")}.
   */
  private static List<MemberDeclaration> hoistConstants(List<MemberDeclaration> methods) {
    ClassDeclaration holder = Expressions.classDecl(0, "Holder", null, List.of(), methods);
    return ((ClassDeclaration) holder.accept(ClassDeclarationFinder.create())).memberDeclarations;
  }

  /**
   * Each column is computed apart, so one that throws is NULL in its row, reported through the
   * caller's consumer, while the row's other columns stand (ksqlDB's rule). Without a consumer
   * the failure propagates.
   */
  private static String applyMethods(boolean hasCondition, int columns) {
    StringBuilder code = new StringBuilder()
        .append("  public Object[] apply(Object[] row) { return apply(row, null); }\n")
        .append("  public Object[] apply(Object[] row, final java.util.function.Consumer failures) {\n");
    if (hasCondition) {
      code.append("    if (!condition(row, failures)) { return null; }\n");
    }
    code.append("    Object[] out = new Object[").append(columns).append("];\n");
    for (int i = 0; i < columns; i++) {
      code.append("    try { out[").append(i).append("] = column").append(i).append("(row, failures); }")
          .append(" catch (RuntimeException e) { if (failures == null) { throw e; } failures.accept(e); }\n");
    }
    return code.append("    return out;\n  }\n").toString();
  }

  private MethodDeclaration conditionMethod(RexProgram program) {
    ParameterExpression row = Expressions.parameter(Modifier.FINAL, Object[].class, "row");
    BlockBuilder body = new BlockBuilder();
    Expression condition = RexToLixTranslator.translateCondition(
        program, typeFactory, body, inputs(program, row), name -> null, SqlConformanceEnum.LENIENT);
    body.add(Expressions.return_(null, condition));
    return Expressions.methodDecl(Modifier.PRIVATE, boolean.class, "condition",
        List.of(row, FunctionFailures.FAILURES), body.toBlock());
  }

  private MethodDeclaration projectionMethod(RexProgram single, String name) {
    ParameterExpression row = Expressions.parameter(Modifier.FINAL, Object[].class, "row");
    BlockBuilder body = new BlockBuilder();
    Expression value = RexToLixTranslator.translateProjects(single, typeFactory, SqlConformanceEnum.LENIENT,
        body, null, DataContext.ROOT, inputs(single, row), null).get(0);
    body.add(Expressions.return_(null, EnumUtils.convert(value, Object.class)));
    return Expressions.methodDecl(Modifier.PRIVATE, Object.class, name,
        List.of(row, FunctionFailures.FAILURES), body.toBlock());
  }

  private RexToLixTranslator.InputGetter inputs(RexProgram program, ParameterExpression row) {
    RelDataType inputType = program.getInputRowType();
    return (list, index, storageType) -> {
      Type type = storageType != null ? storageType
          : typeFactory.getJavaClass(inputType.getFieldList().get(index).getType());
      return EnumUtils.convert(Expressions.arrayIndex(row, Expressions.constant(index)), type);
    };
  }
}

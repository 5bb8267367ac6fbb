package dev.eddy.engine.codegen;

import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.RexToLixTranslator;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.linq4j.tree.MethodDeclaration;
import org.apache.calcite.linq4j.tree.ParameterExpression;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
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
    program = ComparisonSemantics.apply(program, new RexBuilder(typeFactory));
    String className = "EddyRowTransform" + CLASS_IDS.incrementAndGet();
    String source = "public final class " + className + " implements " + RowTransform.class.getName() + " {\n"
        + "  private final " + DataContext.class.getName() + " root;\n"
        + "  public " + className + "(" + DataContext.class.getName() + " root) { this.root = root; }\n"
        + Expressions.toString(applyMethod(program))
        + "}\n";
    try {
      ISimpleCompiler compiler = CompilerFactoryFactory
          .getDefaultCompilerFactory(RowTransformCompiler.class.getClassLoader())
          .newSimpleCompiler();
      compiler.setParentClassLoader(classLoader);
      compiler.cook(source);
      return (RowTransform) compiler.getClassLoader().loadClass(className)
          .getConstructor(DataContext.class).newInstance(context);
    } catch (CompileException e) {
      throw new IllegalStateException("Generated code does not compile: " + e.getMessage() + "\n" + source, e);
    } catch (Exception e) {
      throw new IllegalStateException("Cannot load generated class " + className, e);
    }
  }

  private MethodDeclaration applyMethod(RexProgram program) {
    ParameterExpression row = Expressions.parameter(Object[].class, "row");
    RelDataType inputType = program.getInputRowType();
    RexToLixTranslator.InputGetter inputs = (list, index, storageType) -> {
      Type type = storageType != null ? storageType
          : typeFactory.getJavaClass(inputType.getFieldList().get(index).getType());
      return EnumUtils.convert(Expressions.arrayIndex(row, Expressions.constant(index)), type);
    };
    BlockBuilder body = new BlockBuilder();
    if (program.getCondition() != null) {
      Expression condition = RexToLixTranslator.translateCondition(
          program, typeFactory, body, inputs, name -> null, SqlConformanceEnum.LENIENT);
      body.add(Expressions.ifThen(Expressions.not(condition), Expressions.return_(null, Expressions.constant(null))));
    }
    List<Expression> projections = RexToLixTranslator.translateProjects(
        program, typeFactory, SqlConformanceEnum.LENIENT, body, null, DataContext.ROOT, inputs, null);
    body.add(Expressions.return_(null, Expressions.newArrayInit(Object.class,
        projections.stream().map(e -> EnumUtils.convert(e, Object.class)).toList())));
    return Expressions.methodDecl(Modifier.PUBLIC, Object[].class, "apply", List.of(row), body.toBlock());
  }
}

package dev.eddy.engine.function;

import dev.eddy.engine.catalog.NearestNames;
import dev.eddy.functions.registry.FunctionDescriptor;
import dev.eddy.functions.registry.FunctionRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.runtime.Resources;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSyntax;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.validate.SqlNameMatcher;
import org.apache.calcite.sql.validate.SqlNameMatchers;
import org.apache.calcite.sql.validate.SqlValidatorException;

/**
 * Eddy's operator table: the functions of a {@link FunctionRegistry} in front of Calcite's
 * standard operators. The engine uses it instead of {@link SqlStdOperatorTable}:
 * {@code new Validators(catalog, typeFactory, EddyOperatorTable.of(registry))}.
 *
 * <p><b>Precedence.</b> For the function-call syntax {@code NAME(args)} a registry function
 * wins over a standard one of the same name (SUBSTRING, TRIM, ABS, ROUND, FLOOR, CEIL,
 * COALESCE, NULLIF, AVG, ...), so calls have ksqlDB's semantics and types. Calcite's routine
 * lookup takes the first candidate that accepts the argument count, so the standard operator is
 * still listed after it, and its own forms keep working: {@code TRIM(BOTH 'x' FROM s)} (three
 * operands, where ksqlDB's TRIM takes one), {@code FLOOR(ts TO DAY)} (whose operator Calcite's
 * parser binds and never looks up again). Operators with their own syntax (CAST, CASE, +, LIKE,
 * IS NULL, ...) are looked up by that syntax and are never shadowed.
 *
 * <p>COUNT, SUM, MIN and MAX stay Calcite's: their result types are ksqlDB's, and Calcite's
 * planner understands them (COUNT(*), COUNT(DISTINCT), rewrites). The engine's aggregate
 * operator finds their registry implementations with {@link AggregateCalls}.
 */
public final class EddyOperatorTable implements SqlOperatorTable {

  /** Registry aggregates left to Calcite's standard operators of the same name. */
  static final Set<String> STANDARD_AGGREGATES = Set.of("COUNT", "SUM", "MIN", "MAX");

  private static final SqlNameMatcher ANY_CASE = SqlNameMatchers.withCaseSensitive(false);

  private final FunctionRegistry registry;
  private final SqlOperatorTable standard;
  private final Map<String, SqlOperator> functions = new LinkedHashMap<>();

  private EddyOperatorTable(FunctionRegistry registry, SqlOperatorTable standard) {
    this.registry = registry;
    this.standard = standard;
    for (FunctionDescriptor f : registry.list()) {
      if (STANDARD_AGGREGATES.contains(f.name())) {
        continue;
      }
      boolean shared = !standardFunctions(f.name()).isEmpty();
      functions.put(f.name(), switch (f.kind()) {
        case SCALAR -> new ScalarFunctionOperator(f, shared);
        case AGGREGATE -> new AggregateFunctionOperator(f, shared);
        case TABLE -> new TableFunctionOperator(f);
      });
    }
  }

  /** The registry's functions in front of Calcite's standard operators. */
  public static EddyOperatorTable of(FunctionRegistry registry) {
    return new EddyOperatorTable(registry, SqlStdOperatorTable.instance());
  }

  public FunctionRegistry registry() {
    return registry;
  }

  /** The operator of a registry function, if it has one here. */
  public java.util.Optional<SqlOperator> function(String name) {
    return java.util.Optional.ofNullable(functions.get(name.toUpperCase(Locale.ROOT)));
  }

  @Override public void lookupOperatorOverloads(SqlIdentifier opName,
      SqlFunctionCategory category, SqlSyntax syntax, List<SqlOperator> operatorList,
      SqlNameMatcher nameMatcher) {
    if (syntax == SqlSyntax.FUNCTION && opName.isSimple()) {
      SqlOperator ours = functions.get(opName.getSimple().toUpperCase(Locale.ROOT));
      if (ours != null) {
        operatorList.add(ours);
      }
    }
    standard.lookupOperatorOverloads(opName, category, syntax, operatorList, nameMatcher);
  }

  @Override public List<SqlOperator> getOperatorList() {
    List<SqlOperator> all = new ArrayList<>(functions.values());
    all.addAll(standard.getOperatorList());
    return all;
  }

  /**
   * The error for a call Calcite found no function for, to return from
   * {@code SqlValidatorImpl.handleUnresolvedFunction}: a registry function given the wrong
   * number of arguments gets its signatures; an unknown name gets the nearest function names.
   * Null if the name is a standard function, whose own message Calcite should give.
   */
  public Resources.ExInst<SqlValidatorException> unresolvedFunction(String name,
      List<RelDataType> argumentTypes) {
    String upper = name.toUpperCase(Locale.ROOT);
    java.util.Optional<FunctionDescriptor> function = registry.find(upper);
    if (function.isPresent()) {
      return FunctionResource.INSTANCE.wrongArguments(function.get().name(),
          Signatures.arguments(argumentTypes), Signatures.all(function.get()));
    }
    if (!standardFunctions(upper).isEmpty()) {
      return null;
    }
    return FunctionResource.INSTANCE.unknownFunction(upper,
        NearestNames.hint(upper, functionNames()));
  }

  /** Every name callable with the function-call syntax. */
  Set<String> functionNames() {
    Set<String> names = new TreeSet<>(functions.keySet());
    for (SqlOperator op : standard.getOperatorList()) {
      if (op instanceof SqlFunction && op.getSyntax() == SqlSyntax.FUNCTION) {
        names.add(op.getName());
      }
    }
    return names;
  }

  private List<SqlOperator> standardFunctions(String name) {
    List<SqlOperator> found = new ArrayList<>();
    SqlStdOperatorTable.instance().lookupOperatorOverloads(
        new SqlIdentifier(name, org.apache.calcite.sql.parser.SqlParserPos.ZERO), null,
        SqlSyntax.FUNCTION, found, ANY_CASE);
    found.removeIf(op -> !(op instanceof SqlFunction));
    return found;
  }
}

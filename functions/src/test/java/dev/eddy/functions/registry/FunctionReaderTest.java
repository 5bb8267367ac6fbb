package dev.eddy.functions.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eddy.functions.api.Configurable;
import dev.eddy.functions.api.Pair;
import dev.eddy.functions.api.Struct;
import dev.eddy.functions.api.Udaf;
import dev.eddy.functions.api.UdafDescription;
import dev.eddy.functions.api.UdafFactory;
import dev.eddy.functions.api.Udf;
import dev.eddy.functions.api.UdfDescription;
import dev.eddy.functions.api.UdfParameter;
import dev.eddy.functions.api.Udtf;
import dev.eddy.functions.api.UdtfDescription;
import dev.eddy.functions.types.ReturnTypeResolver;
import dev.eddy.functions.types.SqlStruct;
import dev.eddy.functions.types.SqlType;
import dev.eddy.functions.types.SqlTypes;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How annotated classes become descriptors, and what makes a class invalid. */
class FunctionReaderTest {

  @UdfDescription(name = "money", description = "Decimal parameters and struct results.",
      category = "OTHER", author = "eddy", version = "1.2")
  public static class Money implements Configurable {
    static Map<String, ?> seen;

    @Override
    public void configure(Map<String, ?> config) {
      seen = config;
    }

    @Udf(description = "Cents of an amount.", schema = "DECIMAL(12, 2)")
    public BigDecimal cents(@UdfParameter(value = "amount", description = "the amount",
        schema = "DECIMAL(10, 2)") BigDecimal amount) {
      return amount.movePointRight(2);
    }

    @Udf(schema = "STRUCT<CUR STRING, AMOUNT DOUBLE>")
    public Struct price(String currency, Double amount) {
      SqlStruct s = (SqlStruct) SqlTypes.parse("STRUCT<CUR STRING, AMOUNT DOUBLE>");
      return new Struct(s).put("CUR", currency).put("AMOUNT", amount);
    }

    @Udf(returnType = Scaled.class)
    public BigDecimal scaled(BigDecimal amount, Integer scale) {
      return amount.setScale(scale);
    }
  }

  /** DECIMAL(p, s) to DECIMAL(p + 2, s + 2). */
  public static class Scaled implements ReturnTypeResolver {
    @Override
    public SqlType resolve(List<SqlType> args) {
      var d = SqlTypes.toDecimal(args.get(0));
      return SqlTypes.decimal(d.precision() + 2, d.scale() + 2);
    }
  }

  @Test
  void readsDescriptionsSchemasAndResolvers() {
    FunctionRegistry r = FunctionRegistry.builder()
        .config(Map.of("eddy.functions.money.rate", 3, "eddy.functions.other.x", 1,
            "eddy.functions._global_.region", "eu", "unrelated", true))
        .addClass(Money.class).build();
    FunctionDescriptor d = r.get("MONEY");
    assertThat(d.author()).isEqualTo("eddy");
    assertThat(d.version()).isEqualTo("1.2");
    assertThat(d.source()).isEqualTo(Money.class.getName());
    assertThat(d.overloads()).extracting(FunctionSignature::toString).containsExactly(
        "MONEY(amount DECIMAL(10, 2)) => DECIMAL(12, 2)",
        "MONEY(amount DECIMAL, scale INTEGER) => DECIMAL",
        "MONEY(currency STRING, amount DOUBLE) => STRUCT<CUR STRING, AMOUNT DOUBLE>");
    assertThat(d.overloads().get(0).parameters().get(0).description()).isEqualTo("the amount");
    assertThat(d.overloads().get(0).description()).isEqualTo("Cents of an amount.");
    assertThat(r.resolve("money", List.of(SqlTypes.decimal(5, 1), SqlTypes.INTEGER)).returnType())
        .isEqualTo(SqlTypes.decimal(7, 3));
    assertThat(r.resolve("money", List.of(SqlTypes.INTEGER, SqlTypes.INTEGER)).returnType())
        .isEqualTo(SqlTypes.decimal(12, 2));
    assertThat(r.resolve("money", List.of(SqlTypes.decimal(4, 2))).argumentTypes())
        .containsExactly(SqlTypes.decimal(10, 2));
    assertThat(Money.seen).isEqualTo(Map.of("eddy.functions.money.rate", 3,
        "eddy.functions._global_.region", "eu"));
    Object price = r.resolve("money", List.of(SqlTypes.STRING, SqlTypes.DOUBLE))
        .signature().method().invoke("EUR", 2.5);
    assertThat(price).hasToString("Struct{CUR=EUR, AMOUNT=2.5}");
  }

  @UdafDescription(name = "weighted_avg", description = "Two columns and a literal.")
  public static class WeightedAvg {
    @UdafFactory(aggregateSchema = "ARRAY<DOUBLE>")
    public static Udaf<Pair<Double, Long>, List<Double>, Double> create(
        @UdfParameter("scale") Double scale) {
      return new Udaf<>() {
        @Override
        public List<Double> initialize() {
          return List.of(0.0, 0.0);
        }

        @Override
        public List<Double> aggregate(Pair<Double, Long> v, List<Double> a) {
          return List.of(a.get(0) + v.left() * v.right(), a.get(1) + v.right());
        }

        @Override
        public List<Double> merge(List<Double> x, List<Double> y) {
          return List.of(x.get(0) + y.get(0), x.get(1) + y.get(1));
        }

        @Override
        public Double map(List<Double> a) {
          return scale * a.get(0) / a.get(1);
        }
      };
    }
  }

  @Test
  void aggregatesWithSeveralColumnsAndLiterals() {
    FunctionRegistry r = FunctionRegistry.builder().addClass(WeightedAvg.class).build();
    FunctionSignature s = r.get("WEIGHTED_AVG").overloads().get(0);
    assertThat(s.toString())
        .isEqualTo("WEIGHTED_AVG(col1 DOUBLE, col2 BIGINT, scale DOUBLE) => DOUBLE");
    assertThat(s.parameters()).extracting(ParameterInfo::literal).containsExactly(false, false, true);
    AggregateImplementation impl = s.aggregate();
    assertThat(impl.columnCount(3)).isEqualTo(2);
    assertThat(impl.supportsUndo()).isFalse();
    assertThat(impl.aggregateType()).isEqualTo(SqlTypes.array(SqlTypes.DOUBLE));
    Udaf<Object, Object, Object> u = impl.create(10.0);
    Object a = u.aggregate(impl.input(1.0, 1L), u.initialize());
    a = u.aggregate(impl.input(4.0, 3L), a);
    assertThat(u.map(a)).isEqualTo(32.5);
  }

  @UdtfDescription(name = "pairs", description = "Rows of a list.")
  public static class Pairs {
    @Udtf(schema = "STRUCT<L STRING, R STRING>")
    public List<Struct> pairs(List<String> values) {
      SqlStruct schema = (SqlStruct) SqlTypes.parse("STRUCT<L STRING, R STRING>");
      return List.of(new Struct(schema).put("L", values.get(0)).put("R", values.get(1)));
    }
  }

  @Test
  void tableFunctionsDescribeTheirRowType() {
    FunctionRegistry r = FunctionRegistry.builder().addClass(Pairs.class).build();
    assertThat(r.get("PAIRS").kind()).isEqualTo(FunctionKind.TABLE);
    assertThat(r.resolve("PAIRS", List.of(SqlTypes.array(SqlTypes.STRING))).returnType())
        .hasToString("STRUCT<L STRING, R STRING>");
  }

  @UdfDescription(name = "unbound", description = "x")
  public static class UnboundGeneric {
    @Udf
    public <T> T make(String s) {
      return null;
    }
  }

  @UdfDescription(name = "open_decimal", description = "x")
  public static class OpenDecimal {
    @Udf
    public BigDecimal make(Integer i) {
      return null;
    }
  }

  @UdfDescription(name = "hidden", description = "x")
  public static class Hidden {
    @Udf
    String secret(String s) {
      return s;
    }
  }

  @UdfDescription(name = "no ctor", description = "x")
  public static class BadName {
    @Udf
    public String f(String s) {
      return s;
    }
  }

  @UdfDescription(name = "needs_args", description = "x")
  public static class NeedsArgs {
    public NeedsArgs(String x) {}

    @Udf
    public String f(String s) {
      return s;
    }
  }

  @UdfDescription(name = "raw", description = "x")
  public static class Raw {
    @Udf
    @SuppressWarnings("rawtypes")
    public String f(List s) {
      return "";
    }
  }

  @UdfDescription(name = "sum", description = "clashes with the built-in")
  public static class Clash {
    @Udf
    public String f(String s) {
      return s;
    }
  }

  @Test
  void invalidClassesAreRejectedWithTheReason() {
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(UnboundGeneric.class))
        .isInstanceOf(FunctionException.class)
        .hasMessage("Return type T of " + UnboundGeneric.class.getName()
            + ".make has type variables [T] that no parameter binds");
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(OpenDecimal.class))
        .hasMessage("Return type DECIMAL of " + OpenDecimal.class.getName() + ".make needs a"
            + " schema or a ReturnTypeResolver: DECIMAL and STRUCT results have no precision or"
            + " fields of their own");
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(Hidden.class))
        .hasMessage(Hidden.class.getName() + ".secret is annotated but not public");
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(BadName.class))
        .hasMessage("invalid function name 'no ctor'");
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(NeedsArgs.class))
        .hasMessageStartingWith("Cannot create " + NeedsArgs.class.getName()
            + " (it needs a public no-argument constructor)");
    assertThatThrownBy(() -> FunctionRegistry.builder().addClass(Raw.class))
        .hasMessage(Raw.class.getName() + ".f: raw List has no element type; declare its type"
            + " arguments");
    assertThatThrownBy(() -> FunctionRegistry.builder().addBuiltIns().addClass(Clash.class))
        .hasMessage("function SUM already exists");
  }
}

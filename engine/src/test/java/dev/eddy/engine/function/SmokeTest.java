package dev.eddy.engine.function;

import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void smoke() throws Exception {
    FunctionHarness h = new FunctionHarness();
    for (String e : new String[] {"UCASE(name)", "SUBSTRING(name, 2)", "CONCAT(name, a, b, c)",
        "ARRAY_LENGTH(arr)", "ARRAY_DISTINCT(arr)", "FORMAT_TIMESTAMP(ts, 'yyyy-MM-dd')", "ROUND(d, 1)",
        "LEN(NULL)", "FORMAT_DATE(dt, 'yyyy-MM-dd')", "MAP_KEYS(m)", "ROUND(amt, 1)", "ABS(id - 3)",
        "GREATEST(id, big)", "COALESCE(c, 'dflt')", "TRIM(BOTH 'h' FROM name)", "FLOOR(d)", "PARSE_DATE('2022-01-08', 'yyyy-MM-dd')",
        "PARSE_TIMESTAMP('2023-11-14 22:13:20', 'yyyy-MM-dd HH:mm:ss')", "FORMAT_TIME(tm, 'HH:mm')", "FROM_BYTES(bin, 'hex')",
        "TO_BYTES('0a0b', 'hex')", "CAST(id AS VARCHAR)", "CASE WHEN flag THEN 1 ELSE 2 END"}) {
      try {
        Object v = h.eval(e);
        System.out.println("OK  " + e + " : " + h.typeOf(e).getFullTypeString() + " = " + (v instanceof Object[] a ? java.util.Arrays.toString(a) : v));
      } catch (Throwable t) {
        System.out.println("ERR " + e + " : " + t);
        if (Boolean.getBoolean("trace")) t.printStackTrace(System.out);
      }
    }
  }
}

package dev.eddy.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every statement kind and expression form: parse, unparse to the exact expected text, parse
 * that again and get an equal tree ({@link SqlNode#equalsDeep}).
 */
class RoundTripTest {

  static final String[][] CASES = {
        {"CREATE STREAM s (id BIGINT KEY, name STRING, amount DECIMAL(10, 2)) WITH (kafka_topic='s', value_format='JSON', partitions=4);",
            "CREATE STREAM S (ID BIGINT KEY, NAME VARCHAR, AMOUNT DECIMAL(10, 2)) WITH (KAFKA_TOPIC = 's', VALUE_FORMAT = 'JSON', PARTITIONS = 4)"},
        {"CREATE OR REPLACE TABLE IF NOT EXISTS t (id INT PRIMARY KEY, tags ARRAY<STRING>, attrs MAP<STRING, BIGINT>, addr STRUCT<street STRING, `Zip` INT>) WITH (kafka_topic='t', format='AVRO');",
            "CREATE OR REPLACE TABLE IF NOT EXISTS T (ID INTEGER PRIMARY KEY, TAGS ARRAY<VARCHAR>, ATTRS MAP<VARCHAR, BIGINT>, ADDR STRUCT<STREET VARCHAR, `Zip` INTEGER>) WITH (KAFKA_TOPIC = 't', FORMAT = 'AVRO')"},
        {"CREATE SOURCE TABLE t (k STRING PRIMARY KEY, v BOOLEAN) WITH (kafka_topic='t', value_format='JSON');",
            "CREATE SOURCE TABLE T (K VARCHAR PRIMARY KEY, V BOOLEAN) WITH (KAFKA_TOPIC = 't', VALUE_FORMAT = 'JSON')"},
        {"CREATE STREAM s WITH (kafka_topic='s', value_format='AVRO');",
            "CREATE STREAM S WITH (KAFKA_TOPIC = 's', VALUE_FORMAT = 'AVRO')"},
        {"CREATE STREAM s (h ARRAY<STRUCT<key STRING, value BYTES>> HEADERS, one BYTES HEADER('trace'), d DATE, t TIME, ts TIMESTAMP, x DOUBLE) WITH (kafka_topic='s', value_format='JSON');",
            "CREATE STREAM S (H ARRAY<STRUCT<KEY VARCHAR, VALUE VARBINARY>> HEADERS, ONE VARBINARY HEADER('trace'), D DATE, T TIME, TS TIMESTAMP, X DOUBLE) WITH (KAFKA_TOPIC = 's', VALUE_FORMAT = 'JSON')"},
        {"CREATE STREAM out WITH (kafka_topic='out') AS SELECT * FROM s EMIT CHANGES;",
            "CREATE STREAM OUT WITH (KAFKA_TOPIC = 'out') AS SELECT * FROM S EMIT CHANGES"},
        {"CREATE OR REPLACE TABLE IF NOT EXISTS totals AS SELECT id, SUM(amount) AS total FROM s GROUP BY id EMIT CHANGES;",
            "CREATE OR REPLACE TABLE IF NOT EXISTS TOTALS AS SELECT ID, SUM(AMOUNT) AS TOTAL FROM S GROUP BY ID EMIT CHANGES"},
        {"INSERT INTO out SELECT * FROM s2 EMIT CHANGES;",
            "INSERT INTO OUT SELECT * FROM S2 EMIT CHANGES"},
        {"INSERT INTO out WITH (query_id='q1') SELECT * FROM s2 EMIT CHANGES;",
            "INSERT INTO OUT WITH (QUERY_ID = 'q1') SELECT * FROM S2 EMIT CHANGES"},
        {"INSERT INTO s (id, name) VALUES (1, 'one');",
            "INSERT INTO S (ID, NAME) VALUES (1, 'one')"},
        {"INSERT INTO s VALUES (1, 'one', 2.50);",
            "INSERT INTO S VALUES (1, 'one', 2.50)"},
        {"SELECT * FROM s EMIT CHANGES;",
            "SELECT * FROM S EMIT CHANGES"},
        {"SELECT * FROM t WHERE id = 1;",
            "SELECT * FROM T WHERE ID = 1"},
        {"SELECT s.* , a AS b, c d FROM s LIMIT 10;",
            "SELECT S.*, A AS B, C AS D FROM S LIMIT 10"},
        {"SELECT id, COUNT(*) FROM s WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY id EMIT CHANGES;",
            "SELECT ID, COUNT(*) FROM S WINDOW TUMBLING (SIZE 1 MINUTE) GROUP BY ID EMIT CHANGES"},
        {"SELECT id, COUNT(*) FROM s WINDOW TUMBLING (SIZE 1 MINUTE, RETENTION 2 DAYS, GRACE PERIOD 10 SECONDS) GROUP BY id EMIT FINAL;",
            "SELECT ID, COUNT(*) FROM S WINDOW TUMBLING (SIZE 1 MINUTE, RETENTION 2 DAYS, GRACE PERIOD 10 SECONDS) GROUP BY ID EMIT FINAL"},
        {"SELECT id, COUNT(*) FROM s x WINDOW HOPPING (SIZE 30 SECONDS, ADVANCE BY 10 SECONDS) GROUP BY id EMIT CHANGES;",
            "SELECT ID, COUNT(*) FROM S AS X WINDOW HOPPING (SIZE 30 SECONDS, ADVANCE BY 10 SECONDS) GROUP BY ID EMIT CHANGES"},
        {"SELECT id, COUNT(*) FROM s WINDOW SESSION (5 MINUTES, GRACE PERIOD 500 MILLISECONDS) GROUP BY id EMIT CHANGES;",
            "SELECT ID, COUNT(*) FROM S WINDOW SESSION (5 MINUTES, GRACE PERIOD 500 MILLISECONDS) GROUP BY ID EMIT CHANGES"},
        {"SELECT * FROM TABLE(TUMBLE(TABLE s, DESCRIPTOR(ts), INTERVAL '1' MINUTE)) EMIT CHANGES;",
            "SELECT * FROM TABLE(TUMBLE(TABLE S, DESCRIPTOR(TS), INTERVAL '1' MINUTE)) EMIT CHANGES"},
        {"SELECT * FROM TABLE(SESSION(TABLE s, DESCRIPTOR(ts), INTERVAL '5' MINUTE)) AS w EMIT CHANGES;",
            "SELECT * FROM TABLE(SESSION(TABLE S, DESCRIPTOR(TS), INTERVAL '5' MINUTE)) AS W EMIT CHANGES"},
        {"SELECT * FROM a JOIN b WITHIN 1 HOUR ON a.id = b.id INNER JOIN c ON b.id = c.id EMIT CHANGES;",
            "SELECT * FROM A JOIN B WITHIN 1 HOUR ON A.ID = B.ID JOIN C ON B.ID = C.ID EMIT CHANGES"},
        {"SELECT * FROM a LEFT OUTER JOIN b WITHIN (1 HOUR, 2 HOURS) GRACE PERIOD 1 MINUTE ON a.id = b.id RIGHT JOIN c ON c.id = a.id FULL OUTER JOIN d ON d.id = a.id EMIT CHANGES;",
            "SELECT * FROM A LEFT JOIN B WITHIN (1 HOUR, 2 HOURS) GRACE PERIOD 1 MINUTE ON A.ID = B.ID RIGHT JOIN C ON C.ID = A.ID FULL OUTER JOIN D ON D.ID = A.ID EMIT CHANGES"},
        {"SELECT a.id, COUNT(*) FROM a JOIN b WITHIN 1 HOUR ON a.id = b.id WINDOW TUMBLING (SIZE 1 HOUR) GROUP BY a.id EMIT CHANGES;",
            "SELECT A.ID, COUNT(*) FROM A JOIN B WITHIN 1 HOUR ON A.ID = B.ID WINDOW TUMBLING (SIZE 1 HOUR) GROUP BY A.ID EMIT CHANGES"},
        {"SELECT id FROM s WHERE amount > 10 PARTITION BY name EMIT CHANGES;",
            "SELECT ID FROM S WHERE AMOUNT > 10 PARTITION BY NAME EMIT CHANGES"},
        {"SELECT id, COUNT(*) FROM s GROUP BY id, name HAVING COUNT(*) > 1 EMIT CHANGES;",
            "SELECT ID, COUNT(*) FROM S GROUP BY ID, NAME HAVING COUNT(*) > 1 EMIT CHANGES"},
        {"SELECT COUNT(*) FROM s GROUP BY () EMIT CHANGES;",
            "SELECT COUNT(*) FROM S GROUP BY () EMIT CHANGES"},
        {"SHOW STREAMS;",
            "SHOW STREAMS"},
        {"LIST TABLES EXTENDED;",
            "SHOW TABLES EXTENDED"},
        {"SHOW ALL TOPICS;",
            "SHOW ALL TOPICS"},
        {"SHOW QUERIES EXTENDED;",
            "SHOW QUERIES EXTENDED"},
        {"SHOW FUNCTIONS;",
            "SHOW FUNCTIONS"},
        {"SHOW PROPERTIES;",
            "SHOW PROPERTIES"},
        {"SHOW VARIABLES;",
            "SHOW VARIABLES"},
        {"SHOW TYPES;",
            "SHOW TYPES"},
        {"DESCRIBE s;",
            "DESCRIBE S"},
        {"DESCRIBE s EXTENDED;",
            "DESCRIBE S EXTENDED"},
        {"DESCRIBE FUNCTION concat;",
            "DESCRIBE FUNCTION CONCAT"},
        {"DESCRIBE TABLES EXTENDED;",
            "DESCRIBE TABLES EXTENDED"},
        {"EXPLAIN SELECT * FROM s EMIT CHANGES;",
            "EXPLAIN SELECT * FROM S EMIT CHANGES"},
        {"EXPLAIN CSAS_OUT_1;",
            "EXPLAIN CSAS_OUT_1"},
        {"EXPLAIN ANALYZE CSAS_OUT_1;",
            "EXPLAIN ANALYZE CSAS_OUT_1"},
        {"PRINT my_topic;",
            "PRINT MY_TOPIC"},
        {"PRINT 'my-topic' FROM BEGINNING INTERVAL 5 LIMIT 10;",
            "PRINT 'my-topic' FROM BEGINNING INTERVAL 5 LIMIT 10"},
        {"TERMINATE CSAS_OUT_1;",
            "TERMINATE CSAS_OUT_1"},
        {"TERMINATE ALL;",
            "TERMINATE ALL"},
        {"DROP STREAM s;",
            "DROP STREAM S"},
        {"DROP TABLE IF EXISTS t DELETE TOPIC;",
            "DROP TABLE IF EXISTS T DELETE TOPIC"},
        {"SET 'auto.offset.reset' = 'earliest';",
            "SET 'auto.offset.reset' = 'earliest'"},
        {"UNSET 'auto.offset.reset';",
            "UNSET 'auto.offset.reset'"},
        {"ALTER SYSTEM 'ksql.x' = 'y';",
            "ALTER SYSTEM 'ksql.x' = 'y'"},
        {"DEFINE topic = 'orders';",
            "DEFINE TOPIC = 'orders'"},
        {"UNDEFINE topic;",
            "UNDEFINE TOPIC"},
        {"CREATE TYPE address AS STRUCT<street STRING, zip INT>;",
            "CREATE TYPE ADDRESS AS STRUCT<STREET VARCHAR, ZIP INTEGER>"},
        {"CREATE TYPE IF NOT EXISTS money AS DECIMAL(18, 4);",
            "CREATE TYPE IF NOT EXISTS MONEY AS DECIMAL(18, 4)"},
        {"DROP TYPE IF EXISTS address;",
            "DROP TYPE IF EXISTS ADDRESS"},
        {"ALTER STREAM s ADD COLUMN c INT, ADD d STRING;",
            "ALTER STREAM S ADD COLUMN C INTEGER, ADD COLUMN D VARCHAR"},
        {"RUN SCRIPT '/tmp/script.sql';",
            "RUN SCRIPT '/tmp/script.sql'"},
        {"ASSERT TOPIC my_topic WITH (partitions=3) TIMEOUT 10 SECONDS;",
            "ASSERT TOPIC MY_TOPIC WITH (PARTITIONS = 3) TIMEOUT 10 SECONDS"},
        {"ASSERT NOT EXISTS TOPIC 'x';",
            "ASSERT NOT EXISTS TOPIC 'x'"},
        {"ASSERT SCHEMA SUBJECT 's-value' ID 4 TIMEOUT 1 MINUTE;",
            "ASSERT SCHEMA SUBJECT 's-value' ID 4 TIMEOUT 1 MINUTE"},
        {"SELECT a + b * c - d / e % f, (a + b) * c, -a, - -5, -5, +a, a || b FROM s;",
            "SELECT A + B * C - D / E % F, (A + B) * C, - A, - -5, -5, + A, A || B FROM S"},
        {"SELECT a = 1, a <> 1, a != 1, a < 1, a <= 1, a > 1, a >= 1 FROM s;",
            "SELECT A = 1, A <> 1, A <> 1, A < 1, A <= 1, A > 1, A >= 1 FROM S"},
        {"SELECT NOT a AND b OR c, NOT (a OR b) FROM s;",
            "SELECT NOT A AND B OR C, NOT (A OR B) FROM S"},
        {"SELECT a BETWEEN 1 AND 2, a NOT BETWEEN 1 AND 2, a IN (1, 2), a NOT IN ('x') FROM s;",
            "SELECT A BETWEEN 1 AND 2, A NOT BETWEEN 1 AND 2, A IN (1, 2), A NOT IN ('x') FROM S"},
        {"SELECT a LIKE 'x%', a NOT LIKE 'x\\%' ESCAPE '\\', a IS NULL, a IS NOT NULL, a IS DISTINCT FROM b, a IS NOT DISTINCT FROM b FROM s;",
            "SELECT A LIKE 'x%', A NOT LIKE 'x\\%' ESCAPE '\\', A IS NULL, A IS NOT NULL, A IS DISTINCT FROM B, A IS NOT DISTINCT FROM B FROM S"},
        {"SELECT CASE WHEN a > 1 THEN 'big' WHEN a > 0 THEN 'small' ELSE 'none' END, CASE a WHEN 1 THEN 'one' END FROM s;",
            "SELECT CASE WHEN A > 1 THEN 'big' WHEN A > 0 THEN 'small' ELSE 'none' END, CASE WHEN A = 1 THEN 'one' ELSE NULL END FROM S"},
        {"SELECT CAST(a AS BIGINT), CAST(b AS DECIMAL(5, 2)), CAST(c AS ARRAY<INT>), CAST(d AS MAP<STRING, INT>), CAST(e AS STRUCT<f INT>), CAST(g AS my_type) FROM s;",
            "SELECT CAST(A AS BIGINT), CAST(B AS DECIMAL(5, 2)), CAST(C AS ARRAY<INTEGER>), CAST(D AS MAP<VARCHAR, INTEGER>), CAST(E AS STRUCT<F INTEGER>), CAST(G AS MY_TYPE) FROM S"},
        {"SELECT a->b, a->b->c, arr[1], m['k'], arr[1]->x, ARRAY[1, 2, 3], ARRAY[], MAP('a' := 1, 'b' := 2), STRUCT(x := 1, `y` := 'two') FROM s;",
            "SELECT A->B, A->B->C, ARR[1], M['k'], ARR[1]->X, ARRAY[1, 2, 3], ARRAY[], MAP('a' := 1, 'b' := 2), STRUCT(X := 1, `y` := 'two') FROM S"},
        {"SELECT TRANSFORM(arr, x => x + 1), REDUCE(arr, 0, (s, x) => s + x), TRANSFORM(m, (k, v) => UCASE(k), (k, v) => v * 2) FROM s;",
            "SELECT TRANSFORM(ARR, X => X + 1), REDUCE(ARR, 0, (S, X) => S + X), TRANSFORM(M, (K, V) => UCASE(K), (K, V) => V * 2) FROM S"},
        {"SELECT COUNT(*), count(a), `myFunc`(a), TIMESTAMPADD(SECONDS, 5, ts), ABS(-1) FROM s;",
            "SELECT COUNT(*), COUNT(A), `myFunc`(A), TIMESTAMPADD(SECONDS, 5, TS), ABS(-1) FROM S"},
        {"SELECT 'it''s', 1, 1.50, 0.5, 1E3, 1.5E-3, TRUE, FALSE, NULL, -9223372036854775808, 9223372036854775807 FROM s;",
            "SELECT 'it''s', 1, 1.50, 0.5, 1E3, 1.5E-3, TRUE, FALSE, NULL, -9223372036854775808, 9223372036854775807 FROM S"},
        {"SELECT DATE '2024-01-31', TIME '12:30:00', TIMESTAMP '2024-01-31 12:30:00.123', INTERVAL '5' MINUTE, INTERVAL '-2' DAY FROM s;",
            "SELECT DATE '2024-01-31', TIME '12:30:00', TIMESTAMP '2024-01-31 12:30:00.123', INTERVAL '5' MINUTE, INTERVAL '-2' DAY FROM S"},
        {"SELECT `select`, `Mixed Case`, `back``tick`, \"dq\" FROM `from`;",
            "SELECT `select`, `Mixed Case`, `back``tick`, `dq` FROM `from`"},
        {"SELECT s->* FROM s;",
            "SELECT S->* FROM S"},
        {"SELECT a, COUNT(*) FROM s GROUP BY (a, b) EMIT CHANGES;",
            "SELECT A, COUNT(*) FROM S GROUP BY A, B EMIT CHANGES"},
        {"SELECT (a, b), ((c)) FROM s;",
            "SELECT (A, B), C FROM S"},
        {"SELECT a FROM s PARTITION BY () EMIT CHANGES;",
            "SELECT A FROM S PARTITION BY () EMIT CHANGES"},
        {"SELECT id, COUNT(*) FROM s WINDOW w1 HOPPING (SIZE 1 HOUR, ADVANCE BY 5 MINUTES, RETENTION 7 DAYS) GROUP BY id EMIT CHANGES;",
            "SELECT ID, COUNT(*) FROM S WINDOW HOPPING (SIZE 1 HOUR, ADVANCE BY 5 MINUTES, RETENTION 7 DAYS) GROUP BY ID EMIT CHANGES"},
        {"CREATE STREAM s (k VARCHAR(STRING) KEY, `1st` INT) WITH (kafka_topic='t', format='JSON');",
            "CREATE STREAM S (K VARCHAR KEY, `1st` INTEGER) WITH (KAFKA_TOPIC = 't', FORMAT = 'JSON')"},
        {"SELECT ROUND(v, -1) AS 1R, a->b->c[2], (a || b)->c FROM s;",
            "SELECT ROUND(V, -1) AS `1R`, A->B->C[2], (A || B)->C FROM S"},
        {"SELECT * FROM s WHERE NOT a = 1 AND (b = 2 OR c = 3) AND d - (e - f) > -(g * h);",
            "SELECT * FROM S WHERE NOT A = 1 AND (B = 2 OR C = 3) AND D - (E - F) > - (G * H)"}
  };

  static Stream<Arguments> cases() {
    return Arrays.stream(CASES).map(c -> Arguments.of(c[0], c[1]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void unparsesExactlyAndParsesBackToAnEqualTree(String sql, String expected) {
    SqlNode tree = EddySqlParser.parseStatement(sql);
    String unparsed = EddySqlParser.unparse(tree);
    assertThat(unparsed).isEqualTo(expected);

    SqlNode reparsed = EddySqlParser.parseStatement(unparsed);
    assertThat(reparsed.equalsDeep(tree, Litmus.IGNORE))
        .as("tree of %s equals tree of %s", unparsed, sql)
        .isTrue();
    assertThat(EddySqlParser.unparse(reparsed)).isEqualTo(expected);
  }
}

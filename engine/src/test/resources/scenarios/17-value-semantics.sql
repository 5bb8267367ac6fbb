-- ksqlDB's value semantics: a comparison with a NULL side is false, structs, arrays and maps
-- compare by value, string literals are VARCHAR (a CASE never pads), DECIMAL reaches 38 digits.
SET 'auto.offset.reset'='earliest';
CREATE STREAM vals (id INT KEY, n BIGINT, s STRUCT<a INT>, t STRUCT<a INT>, xs ARRAY<STRUCT<a INT>>, ys ARRAY<STRUCT<a INT>>, d DECIMAL(21, 19))
  WITH (KAFKA_TOPIC='vals', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO vals (id, n, s, t, xs, ys, d) VALUES (1, NULL, STRUCT(a := 1), STRUCT(a := 1), ARRAY[STRUCT(a := 1)], ARRAY[STRUCT(a := 1)], 1.1234512345123451234);
INSERT INTO vals (id, n, s, t, xs, ys, d) VALUES (2, 2, STRUCT(a := 1), STRUCT(a := 2), ARRAY[STRUCT(a := 1)], ARRAY[STRUCT(a := 2)], 0);
SELECT id, id = n, id <> n, s = t, s <> t, xs = ys, s IS NOT DISTINCT FROM t, d FROM vals EMIT CHANGES LIMIT 2;
--> 1 | false | false | true | false | true | true | 1.1234512345123451234
--> 2 | true | false | false | true | false | false | 0E-19
SELECT id, CASE WHEN id = 1 THEN 'a' ELSE 'bcd' END AS c, ARRAY['x', 'yz'] AS arr FROM vals EMIT CHANGES LIMIT 2;
--> 1 | a | [x, yz]
--> 2 | bcd | [x, yz]
-- A function that fails on one column makes that column NULL; the row and its other columns stand.
SELECT id, ENCODE('a', 'no-such-encoding', 'hex') AS bad, 'ok' AS good FROM vals EMIT CHANGES LIMIT 1;
--> 1 | null | ok
-- Inside an expression the failing call alone is NULL: IFNULL replaces it, a struct keeps its other fields.
SELECT id, IFNULL(CAST(PARSE_DATE('x', 'yyyy-MM-dd') AS STRING), 'none') AS d, STRUCT(f1 := 'moo', f2 := PARSE_DATE('x', 'yyyy')) AS s FROM vals EMIT CHANGES LIMIT 1;
--> 1 | none | {F1=moo, F2=null}
-- Maps compare by value whatever Java type their values had: MAP('a' := 1) holds an INT.
CREATE STREAM maps (id INT KEY, m MAP<STRING, BIGINT>) WITH (KAFKA_TOPIC='maps', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO maps (id, m) VALUES (1, MAP('a' := CAST(1 AS BIGINT)));
SELECT id, m = MAP('a' := 1) AS same, m IN (MAP('b' := 2), MAP('a' := 1)) AS listed FROM maps EMIT CHANGES LIMIT 1;
--> 1 | true | true

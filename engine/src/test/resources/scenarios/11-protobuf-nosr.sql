-- PROTOBUF_NOSR: plain protobuf, its schema derived from the declared columns (fields numbered in order).
SET 'auto.offset.reset'='earliest';
CREATE STREAM orders (id INT KEY, qty INT, name STRING, price DECIMAL(4, 2), tags ARRAY<STRING>, loc STRUCT<city STRING>)
  WITH (KAFKA_TOPIC='orders', PARTITIONS=1, FORMAT='PROTOBUF_NOSR');
--> Stream ORDERS created
INSERT INTO orders (id, qty, name, price, tags, loc, rowtime) VALUES (1, 2, 'pen', 1.50, ARRAY['a'], STRUCT(city := 'Oslo'), 0);
INSERT INTO orders (id, qty, name, price, tags, loc, rowtime) VALUES (2, NULL, NULL, NULL, NULL, STRUCT(city := 'Rome'), 0);
-- The key is a google.protobuf.Int32Value; the value's price a confluent.type.Decimal.
PRINT 'orders' FROM BEGINNING LIMIT 2;
--> 1970-01-01T00:00:00Z | 0 | 0 | base64:CAE= | base64:CAISA3BlbhoICgIAlhADGAIiAWEqBgoET3Nsbw==
--> 1970-01-01T00:00:00Z | 0 | 1 | base64:CAI= | base64:KgYKBFJvbWU=
-- A null INT or STRING reads back as 0 or '', a null ARRAY as empty, as in ksqlDB; messages keep null.
SELECT * FROM orders EMIT CHANGES LIMIT 2;
--> 1 | 2 | pen | 1.50 | [a] | {CITY=Oslo}
--> 2 | 0 |  | null | [] | {CITY=Rome}
CREATE STREAM exact (id INT KEY, qty INT, name STRING)
  WITH (KAFKA_TOPIC='exact', PARTITIONS=1, VALUE_FORMAT='PROTOBUF_NOSR', VALUE_PROTOBUF_NULLABLE_REPRESENTATION='OPTIONAL');
--> Stream EXACT created
INSERT INTO exact (id, qty, name) VALUES (1, NULL, '');
SELECT * FROM exact EMIT CHANGES LIMIT 1;
--> 1 | null |
CREATE STREAM copied WITH (VALUE_FORMAT='JSON') AS SELECT * FROM orders;
--> Created query with ID CSAS_COPIED_0
PRINT 'COPIED' FROM BEGINNING LIMIT 2;
--> 1970-01-01T00:00:00Z | 0 | 0 | base64:CAE= | {"QTY":2,"NAME":"pen","PRICE":1.50,"TAGS":["a"],"LOC":{"CITY":"Oslo"}}
--> 1970-01-01T00:00:00Z | 0 | 1 | base64:CAI= | {"QTY":0,"NAME":"","PRICE":null,"TAGS":[],"LOC":{"CITY":"Rome"}}
CREATE STREAM bad_map (id INT KEY, m MAP<INT, STRING>) WITH (KAFKA_TOPIC='bad', PARTITIONS=1, VALUE_FORMAT='PROTOBUF_NOSR');
--> ERROR line 1:108: Value format PROTOBUF_NOSR cannot hold the value columns: The 'PROTOBUF_NOSR' format supports only MAPs with STRING keys, not MAP<INTEGER, STRING> (column M)
CREATE STREAM bad_option (id INT KEY, v STRING) WITH (KAFKA_TOPIC='bad', PARTITIONS=1, VALUE_FORMAT='JSON', VALUE_PROTOBUF_NULLABLE_REPRESENTATION='WRAPPER');
--> ERROR line 1:148: VALUE_PROTOBUF_NULLABLE_REPRESENTATION applies to the PROTOBUF_NOSR format only, not JSON.
CREATE STREAM bad_value (id INT KEY, v STRING) WITH (KAFKA_TOPIC='bad', PARTITIONS=1, VALUE_FORMAT='PROTOBUF_NOSR', VALUE_PROTOBUF_NULLABLE_REPRESENTATION='SOMETIMES');
--> ERROR line 1:100: Value format PROTOBUF_NOSR cannot hold the value columns: Invalid VALUE_PROTOBUF_NULLABLE_REPRESENTATION 'SOMETIMES': expected one of [OPTIONAL, WRAPPER]
CREATE STREAM bad_delimited (k ARRAY<INT> KEY, v STRING) WITH (KAFKA_TOPIC='bad', PARTITIONS=1, FORMAT='DELIMITED');
--> ERROR line 1:104: Key format DELIMITED cannot hold the key columns: DELIMITED does not support type ARRAY<INTEGER> (column K)

-- A stream's record without a value (here a tombstone a HAVING wrote) passes a projection and
-- a PARTITION BY as a record without a value, keyed as the query keys it, as ksqlDB does; a
-- filter drops it.
SET 'auto.offset.reset'='earliest';
CREATE STREAM orders (id INT KEY, customer STRING, amount DOUBLE)
  WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO orders (id, customer, amount, rowtime) VALUES (1, 'bob', 4.0, 1000);
INSERT INTO orders (id, customer, amount, rowtime) VALUES (2, 'bob', 10.0, 2000);
INSERT INTO orders (id, customer, amount, rowtime) VALUES (3, 'ann', 1.0, 3000);
CREATE TABLE small AS SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer HAVING SUM(amount) < 5 EMIT CHANGES;
--> Created query with ID CTAS_SMALL_0
PRINT 'SMALL' FROM BEGINNING LIMIT 3;
--> 1970-01-01T00:00:01Z | 0 | 0 | bob | {"TOTAL":4.0}
--> 1970-01-01T00:00:02Z | 0 | 1 | bob | null
--> 1970-01-01T00:00:03Z | 0 | 2 | ann | {"TOTAL":1.0}
CREATE STREAM small_changes (customer STRING KEY, total DOUBLE)
  WITH (KAFKA_TOPIC='SMALL', VALUE_FORMAT='JSON');
CREATE STREAM doubled AS SELECT customer, total * 2 AS twice FROM small_changes;
--> Created query with ID CSAS_DOUBLED_1
PRINT 'DOUBLED' FROM BEGINNING LIMIT 3;
--> 1970-01-01T00:00:01Z | 0 | 0 | bob | {"TWICE":8.0}
--> 1970-01-01T00:00:02Z | 0 | 1 | bob | null
--> 1970-01-01T00:00:03Z | 0 | 2 | ann | {"TWICE":2.0}
CREATE STREAM positive AS SELECT customer, total FROM small_changes WHERE total > 0;
--> Created query with ID CSAS_POSITIVE_2
PRINT 'POSITIVE' FROM BEGINNING LIMIT 2;
--> 1970-01-01T00:00:01Z | 0 | 0 | bob | {"TOTAL":4.0}
--> 1970-01-01T00:00:03Z | 0 | 1 | ann | {"TOTAL":1.0}
CREATE STREAM by_total AS SELECT * FROM small_changes PARTITION BY total;
--> Created query with ID CSAS_BY_TOTAL_3
PRINT 'BY_TOTAL' FROM BEGINNING LIMIT 3;
--> 1970-01-01T00:00:01Z | 0 | 0 | base64:QBAAAAAAAAA= | {"CUSTOMER":"bob"}
--> 1970-01-01T00:00:02Z | 0 | 1 | null | null
--> 1970-01-01T00:00:03Z | 0 | 2 | base64:P/AAAAAAAAA= | {"CUSTOMER":"ann"}

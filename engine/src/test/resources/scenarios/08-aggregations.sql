-- GROUP BY keeps one aggregate per group: an update is -U/+U inside and an upsert on the
-- table's topic; GROUP BY on a non-key column repartitions; HAVING that drops a group writes
-- a tombstone; the counts survive a restart; pull queries read the table at once.
SET 'auto.offset.reset'='earliest';
CREATE STREAM orders (id INT KEY, customer STRING, amount DOUBLE)
  WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO orders (id, customer, amount, rowtime) VALUES (1, 'alice', 1.5, 1000);
INSERT INTO orders (id, customer, amount, rowtime) VALUES (2, 'alice', 2.0, 2000);
INSERT INTO orders (id, customer, amount, rowtime) VALUES (3, 'bob', 4.0, 3000);
EXPLAIN SELECT customer, COUNT(*) AS n, SUM(amount) AS total FROM orders GROUP BY customer EMIT CHANGES;
--> EddyAggregate(group=[{0}], N=[COUNT()], TOTAL=[SUM($1)])
-->   EddyCalc(expr#0..3=[{inputs}], proj#0..1=[{exprs}])
-->     EddyExchange(distribution=[hash[0]])
-->       EddyCalc(expr#0..7=[{inputs}], CUSTOMER=[$t1], AMOUNT=[$t2], $SOURCE_PARTITION=[$t4], $SOURCE_OFFSET=[$t5])
-->         EddySourceScan(source=[ORDERS], topic=[orders])
EXPLAIN SELECT id, COUNT(*) AS n FROM orders GROUP BY id EMIT CHANGES;
--> EddyAggregate(group=[{0}], N=[COUNT()])
-->   EddyCalc(expr#0..7=[{inputs}], ID=[$t0])
-->     EddySourceScan(source=[ORDERS], topic=[orders])
CREATE TABLE totals AS SELECT customer, COUNT(*) AS n, SUM(amount) AS total FROM orders GROUP BY customer EMIT CHANGES;
--> Created query with ID CTAS_TOTALS_0
PRINT 'TOTALS' FROM BEGINNING LIMIT 3;
--> 1970-01-01T00:00:01Z | 0 | 0 | alice | {"N":1,"TOTAL":1.5}
--> 1970-01-01T00:00:02Z | 0 | 1 | alice | {"N":2,"TOTAL":3.5}
--> 1970-01-01T00:00:03Z | 0 | 2 | bob | {"N":1,"TOTAL":4.0}
DESCRIBE totals;
--> CUSTOMER | STRING  (key)
--> N | BIGINT
--> TOTAL | DOUBLE
CREATE STREAM doubled AS SELECT customer, COUNT(*) AS n FROM orders GROUP BY customer EMIT CHANGES;
--> ERROR line 1:1: This query produces a table (its rows update earlier ones); use CREATE TABLE AS SELECT.
CREATE TABLE big AS SELECT customer, SUM(amount) AS total FROM orders GROUP BY customer HAVING SUM(amount) < 5 EMIT CHANGES;
--> Created query with ID CTAS_BIG_1
INSERT INTO orders (id, customer, amount, rowtime) VALUES (4, 'bob', 10.0, 4000);
PRINT 'BIG' FROM BEGINNING LIMIT 4;
--> 1970-01-01T00:00:01Z | 0 | 0 | alice | {"TOTAL":1.5}
--> 1970-01-01T00:00:02Z | 0 | 1 | alice | {"TOTAL":3.5}
--> 1970-01-01T00:00:03Z | 0 | 2 | bob | {"TOTAL":4.0}
--> 1970-01-01T00:00:04Z | 0 | 3 | bob | null
-- !restart
SET 'auto.offset.reset'='earliest';
INSERT INTO orders (id, customer, amount, rowtime) VALUES (5, 'carol', 1.0, 5000);
SELECT * FROM totals EMIT CHANGES LIMIT 5;
--> alice | 1 | 1.5
--> alice | 2 | 3.5
--> bob | 1 | 4.0
--> bob | 2 | 14.0
--> carol | 1 | 1.0
SELECT customer, total FROM totals WHERE customer = 'bob';
--> bob | 14.0
SELECT customer, n FROM totals WHERE n > 1 AND total < 10;
--> alice | 2
SELECT * FROM orders;
--> ERROR line 1:15: A pull query reads a table, and ORDERS is a stream: its rows are events, not current values. Add EMIT CHANGES to stream them.
-- Aggregating a table takes an updated row's old value back out.
CREATE TABLE latest (id INT PRIMARY KEY, region STRING, amount DOUBLE)
  WITH (KAFKA_TOPIC='latest', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO latest (id, region, amount, rowtime) VALUES (1, 'eu', 10.0, 1000);
INSERT INTO latest (id, region, amount, rowtime) VALUES (2, 'eu', 5.0, 2000);
INSERT INTO latest (id, region, amount, rowtime) VALUES (1, 'us', 7.0, 3000);
CREATE TABLE by_region AS SELECT region, COUNT(*) AS n, SUM(amount) AS total FROM latest GROUP BY region EMIT CHANGES;
--> Created query with ID CTAS_BY_REGION_2
PRINT 'BY_REGION' FROM BEGINNING LIMIT 4;
--> 1970-01-01T00:00:01Z | 0 | 0 | eu | {"N":1,"TOTAL":10.0}
--> 1970-01-01T00:00:02Z | 0 | 1 | eu | {"N":2,"TOTAL":15.0}
--> 1970-01-01T00:00:03Z | 0 | 2 | eu | {"N":1,"TOTAL":5.0}
--> 1970-01-01T00:00:03Z | 0 | 3 | us | {"N":1,"TOTAL":7.0}
SELECT * FROM latest;
--> ERROR line 1:15: Table LATEST is not materialized: no running query of this engine writes it, so its current rows are not held anywhere to look up. Pull queries read tables made by CREATE TABLE AS SELECT; add EMIT CHANGES to stream LATEST's changes instead.
SELECT * FROM by_region;
--> us | 1 | 7.0
--> eu | 1 | 5.0
-- GROUP BY an expression, and by several columns (a key format that holds several).
CREATE TABLE by_initial AS SELECT SUBSTRING(customer, 1, 1) AS initial, COUNT(*) AS n FROM orders
  GROUP BY SUBSTRING(customer, 1, 1) EMIT CHANGES;
--> Created query with ID CTAS_BY_INITIAL_3
SELECT * FROM by_initial EMIT CHANGES LIMIT 5;
--> a | 1
--> a | 2
--> b | 1
--> b | 2
--> c | 1
CREATE TABLE by_pair WITH (KEY_FORMAT='JSON') AS SELECT customer, id, COUNT(*) AS n FROM orders
  GROUP BY customer, id EMIT CHANGES;
--> Created query with ID CTAS_BY_PAIR_4
SELECT * FROM by_pair EMIT CHANGES LIMIT 5;
--> alice | 1 | 1
--> alice | 2 | 1
--> bob | 3 | 1
--> bob | 4 | 1
--> carol | 5 | 1
DESCRIBE by_pair;
--> CUSTOMER | STRING  (key)
--> ID | INTEGER  (key)
--> N | BIGINT
-- A * under GROUP BY selects the grouped columns, which become the key.
CREATE STREAM pairs (a INT KEY, b INT) WITH (KAFKA_TOPIC='pairs', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE pair_counts WITH (KEY_FORMAT='JSON') AS SELECT *, COUNT(*) AS n FROM pairs GROUP BY a, b;
--> Created query with ID CTAS_PAIR_COUNTS_5
DESCRIBE pair_counts;
--> A | INTEGER  (key)
--> B | INTEGER  (key)
--> N | BIGINT

-- TOPK with more columns keeps whole rows, as structs of the sort value and the other columns;
-- SUM_LIST sums array elements.
CREATE STREAM bids (id INT KEY, item STRING, price INT, bidder STRING, qty ARRAY<INT>)
  WITH (KAFKA_TOPIC='bids', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO bids (id, item, price, bidder, qty, rowtime) VALUES (1, 'lamp', 5, 'ann', ARRAY[1, 2], 1000);
INSERT INTO bids (id, item, price, bidder, qty, rowtime) VALUES (2, 'lamp', 9, 'bo', ARRAY[3], 2000);
INSERT INTO bids (id, item, price, bidder, qty, rowtime) VALUES (3, 'lamp', 9, 'cy', ARRAY[4, 5], 3000);
CREATE TABLE best AS SELECT item, TOPK(price, bidder, 2) AS top, SUM_LIST(qty) AS qty FROM bids
  GROUP BY item EMIT CHANGES;
--> Created query with ID CTAS_BEST_6
DESCRIBE best;
--> ITEM | STRING  (key)
--> TOP | ARRAY<STRUCT<sort_col INTEGER, col0 STRING>>
--> QTY | INTEGER
PRINT 'BEST' FROM BEGINNING LIMIT 3;
--> 1970-01-01T00:00:01Z | 0 | 0 | lamp | {"TOP":[{"sort_col":5,"col0":"ann"}],"QTY":3}
--> 1970-01-01T00:00:02Z | 0 | 1 | lamp | {"TOP":[{"sort_col":9,"col0":"bo"},{"sort_col":5,"col0":"ann"}],"QTY":6}
--> 1970-01-01T00:00:03Z | 0 | 2 | lamp | {"TOP":[{"sort_col":9,"col0":"bo"},{"sort_col":9,"col0":"cy"}],"QTY":15}

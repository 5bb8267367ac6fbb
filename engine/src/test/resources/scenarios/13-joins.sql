-- Joins: a stream enriched from a table, two streams within a window (inner and outer), two
-- tables on their key; a join on a non-key column repartitions both sides; ksqlDB's names, key
-- rules and refusals.
SET 'auto.offset.reset'='earliest';
CREATE STREAM orders (id INT KEY, customer_id INT, amount DOUBLE)
  WITH (KAFKA_TOPIC='orders', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE customers (id INT PRIMARY KEY, name STRING, city STRING)
  WITH (KAFKA_TOPIC='customers', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO customers (id, name, city, rowtime) VALUES (10, 'alice', 'paris', 1000);
INSERT INTO customers (id, name, city, rowtime) VALUES (20, 'bob', 'rome', 1000);
INSERT INTO orders (id, customer_id, amount, rowtime) VALUES (1, 10, 5.0, 2000);
INSERT INTO orders (id, customer_id, amount, rowtime) VALUES (2, 30, 7.0, 3000);
EXPLAIN SELECT o.id, c.name, o.amount FROM orders o LEFT JOIN customers c ON o.customer_id = c.id EMIT CHANGES;
--> EddyCalc(expr#0..15=[{inputs}], O_ID=[$t0], NAME=[$t9], AMOUNT=[$t2])
-->   EddyJoin(condition=[=($1, $8)], joinType=[left], kind=[STREAM_TABLE])
-->     EddyCalc(expr#0..9=[{inputs}], proj#0..7=[{exprs}])
-->       EddyExchange(distribution=[hash[1]])
-->         EddyCalc(expr#0..7=[{inputs}], proj#0..7=[{exprs}], $SOURCE_PARTITION=[$t4], $SOURCE_OFFSET=[$t5])
-->           EddySourceScan(source=[ORDERS], topic=[orders])
-->     EddyCalc(expr#0..9=[{inputs}], proj#0..7=[{exprs}])
-->       EddyExchange(distribution=[hash[0]])
-->         EddyCalc(expr#0..7=[{inputs}], proj#0..7=[{exprs}], $SOURCE_PARTITION=[$t4], $SOURCE_OFFSET=[$t5])
-->           EddySourceScan(source=[CUSTOMERS], topic=[customers])
SELECT o.id, c.name, o.amount FROM orders o LEFT JOIN customers c ON o.customer_id = c.id EMIT CHANGES LIMIT 2;
--> 1 | alice | 5.0
--> 2 | null | 7.0
CREATE STREAM enriched AS SELECT o.customer_id, c.name, o.amount FROM orders o JOIN customers c ON o.customer_id = c.id;
DESCRIBE enriched;
--> CUSTOMER_ID | INTEGER  (key)
--> NAME | STRING
--> AMOUNT | DOUBLE
SELECT * FROM enriched EMIT CHANGES LIMIT 1;
--> 10 | alice | 5.0
-- A table update does not emit; the next order meets the new row.
INSERT INTO customers (id, name, city, rowtime) VALUES (10, 'alicia', 'lyon', 4000);
INSERT INTO orders (id, customer_id, amount, rowtime) VALUES (3, 10, 1.0, 5000);
INSERT INTO customers (id, name, city, rowtime) VALUES (30, 'carol', 'oslo', 6000);
SELECT * FROM enriched EMIT CHANGES LIMIT 2;
--> 10 | alice | 5.0
--> 10 | alicia | 1.0
-- Two streams within a window: inner, and a full outer join with a grace period.
CREATE STREAM clicks (user_id INT KEY, page STRING) WITH (KAFKA_TOPIC='clicks', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE STREAM buys (user_id INT KEY, item STRING) WITH (KAFKA_TOPIC='buys', PARTITIONS=1, VALUE_FORMAT='JSON');
SELECT * FROM clicks JOIN buys ON clicks.user_id = buys.user_id EMIT CHANGES;
--> ERROR line 1:15: A join of two streams needs a window: add WITHIN, e.g. WITHIN 1 HOUR.
INSERT INTO clicks (user_id, page, rowtime) VALUES (1, 'home', 10000);
INSERT INTO buys (user_id, item, rowtime) VALUES (1, 'book', 12000);
INSERT INTO buys (user_id, item, rowtime) VALUES (2, 'pen', 13000);
INSERT INTO clicks (user_id, page, rowtime) VALUES (1, 'cart', 40000);
INSERT INTO clicks (user_id, page, rowtime) VALUES (3, 'faq', 41000);
INSERT INTO buys (user_id, item, rowtime) VALUES (9, 'late', 200000);
SELECT * FROM clicks c JOIN buys b WITHIN 5 SECONDS ON c.user_id = b.user_id EMIT CHANGES LIMIT 1;
--> 1 | home | 1 | book
CREATE STREAM visits AS SELECT ROWKEY AS user_id, c.page, b.item FROM clicks c FULL OUTER JOIN buys b WITHIN 5 SECONDS GRACE PERIOD 10 SECONDS ON c.user_id = b.user_id;
DESCRIBE visits;
--> USER_ID | INTEGER  (key)
--> PAGE | STRING
--> ITEM | STRING
-- Unmatched rows wait for their window (5 s) and grace (10 s) to pass in stream time.
PRINT 'VISITS' FROM BEGINNING LIMIT 4;
--> 1970-01-01T00:00:12Z | 0 | 0 | base64:AAAAAQ== | {"PAGE":"home","ITEM":"book"}
--> 1970-01-01T00:00:13Z | 0 | 1 | base64:AAAAAg== | {"PAGE":null,"ITEM":"pen"}
--> 1970-01-01T00:00:40Z | 0 | 2 | base64:AAAAAQ== | {"PAGE":"cart","ITEM":null}
--> 1970-01-01T00:00:41Z | 0 | 3 | base64:AAAAAw== | {"PAGE":"faq","ITEM":null}
-- Two tables on their key: updates and deletes propagate.
CREATE TABLE accounts (id INT PRIMARY KEY, owner STRING) WITH (KAFKA_TOPIC='accounts', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE balances (id INT PRIMARY KEY, balance DOUBLE) WITH (KAFKA_TOPIC='balances', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE statements AS SELECT a.id, a.owner, b.balance FROM accounts a LEFT JOIN balances b ON a.id = b.id;
INSERT INTO accounts (id, owner, rowtime) VALUES (1, 'ann', 1000);
INSERT INTO balances (id, balance, rowtime) VALUES (1, 10.0, 2000);
INSERT INTO balances (id, balance, rowtime) VALUES (1, 12.5, 3000);
INSERT INTO balances (id, balance, rowtime) VALUES (2, 99.0, 3000);
SELECT * FROM statements EMIT CHANGES LIMIT 3;
--> 1 | ann | null
--> 1 | ann | 10.0
--> 1 | ann | 12.5
-- After a restart the joins resume from their changelogs: nothing twice, nothing missed.
-- !restart
SET 'auto.offset.reset'='earliest';
INSERT INTO orders (id, customer_id, amount, rowtime) VALUES (4, 30, 2.0, 7000);
INSERT INTO accounts (id, owner, rowtime) VALUES (2, 'max', 4000);
SELECT * FROM enriched EMIT CHANGES LIMIT 3;
--> 10 | alice | 5.0
--> 10 | alicia | 1.0
--> 30 | carol | 2.0
SELECT * FROM statements EMIT CHANGES LIMIT 4;
--> 1 | ann | null
--> 1 | ann | 10.0
--> 1 | ann | 12.5
--> 2 | max | 99.0
-- Three streams on one key in one query; a join on non-key columns repartitions both sides.
CREATE STREAM views (user_id INT KEY, url STRING) WITH (KAFKA_TOPIC='views', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO views (user_id, url, rowtime) VALUES (1, '/home', 11000);
SELECT c.user_id, c.page, b.item, v.url FROM clicks c JOIN buys b WITHIN 5 SECONDS ON c.user_id = b.user_id JOIN views v WITHIN 5 SECONDS ON c.user_id = v.user_id EMIT CHANGES LIMIT 1;
--> 1 | home | book | /home
SELECT o.id, c.page FROM orders o JOIN clicks c WITHIN 1 HOUR ON o.amount = c.page EMIT CHANGES;
--> ERROR line 1:66: Cannot join on O.AMOUNT = C.PAGE: DOUBLE and STRING values never match. Cast one side, e.g. CAST(C.PAGE AS DOUBLE).
SELECT * FROM customers c JOIN orders o ON c.id = o.customer_id EMIT CHANGES;
--> ERROR line 1:15: A table cannot be joined to a stream in that order: put the stream on the left (stream JOIN table).
SELECT * FROM orders o RIGHT JOIN customers c ON o.customer_id = c.id EMIT CHANGES;
--> ERROR line 1:15: A stream-table join is INNER or LEFT: a table's rows are not events, so they have no unmatched results of their own.
SELECT * FROM orders o JOIN customers c WITHIN 1 HOUR ON o.customer_id = c.id EMIT CHANGES;
--> ERROR line 1:41: WITHIN is for joins of two streams; a join with a table meets the table's current row.
CREATE STREAM wide (k INT KEY, v STRING) WITH (KAFKA_TOPIC='wide', PARTITIONS=3, VALUE_FORMAT='JSON');
SELECT * FROM clicks c JOIN wide w WITHIN 1 HOUR ON c.user_id = w.k EMIT CHANGES;
--> ERROR line 1:15: Cannot join CLICKS (1 partitions) with WIDE (3 partitions): joined sources must have the same number of partitions. Repartition one of them first, e.g. CREATE STREAM ... WITH (PARTITIONS=1) AS SELECT * FROM WIDE;
CREATE STREAM nokey AS SELECT c.page, b.item FROM clicks c JOIN buys b WITHIN 5 SECONDS ON c.user_id = b.user_id;
--> ERROR line 1:24: The query writing NOKEY must select its join key C.USER_ID or B.USER_ID (e.g. SELECT C.USER_ID, ...) to write it as the key of its sink.
-- A foreign-key join: each order's status (a table) meets its customer; the result is keyed by
-- the order. Changing the foreign key moves the order to another customer without a tombstone.
CREATE TABLE order_status (order_id INT PRIMARY KEY, customer_id INT, status STRING) WITH (KAFKA_TOPIC='order_status', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE TABLE order_view AS SELECT s.order_id, s.status, c.name FROM order_status s LEFT JOIN customers c ON s.customer_id = c.id;
DESCRIBE order_view;
--> ORDER_ID | INTEGER  (key)
--> STATUS | STRING
--> NAME | STRING
INSERT INTO order_status (order_id, customer_id, status, rowtime) VALUES (100, 10, 'new', 8000);
INSERT INTO order_status (order_id, customer_id, status, rowtime) VALUES (101, 20, 'new', 8000);
INSERT INTO order_status (order_id, customer_id, status, rowtime) VALUES (100, 20, 'paid', 9000);
SELECT * FROM order_view EMIT CHANGES LIMIT 3;
--> 100 | new | alicia
--> 101 | new | bob
--> 100 | paid | bob
INSERT INTO customers (id, name, city, rowtime) VALUES (20, 'bobby', 'rome', 10000);
SELECT * FROM order_view EMIT CHANGES LIMIT 5;
--> 100 | new | alicia
--> 101 | new | bob
--> 100 | paid | bob
--> 101 | new | bobby
--> 100 | paid | bobby
SELECT * FROM order_status s FULL OUTER JOIN customers c ON s.customer_id = c.id EMIT CHANGES;
--> ERROR line 1:15: A foreign-key join (the left table joined on another column than its key) is INNER or LEFT: FULL is not supported.
SELECT * FROM order_status s JOIN customers c ON s.order_id = c.name EMIT CHANGES;
--> ERROR line 1:50: Cannot join on S.ORDER_ID = C.NAME: INTEGER and STRING values never match. Cast one side, e.g. CAST(C.NAME AS INTEGER).
-- A foreign-key join after another join, and join keys of different kinds, are refused.
SELECT * FROM order_status s JOIN customers c ON s.customer_id = c.id JOIN accounts a ON s.customer_id = a.id EMIT CHANGES;
--> ERROR line 1:90: Cannot join on S.CUSTOMER_ID after another join: a foreign-key join (on a column other than the left table's key) must be the first join of the query. Join on a key here, or make the foreign-key join in a query of its own.
SELECT * FROM order_status s JOIN customers c ON CAST(s.customer_id AS STRING) = c.id EMIT CHANGES;
--> ERROR line 1:50: Cannot join on CAST(`S`.`CUSTOMER_ID` AS VARCHAR) = C.ID: STRING and INTEGER values never match. Cast one side, e.g. CAST(C.ID AS STRING).
-- What ksqlDB cannot join: several equalities, MAP keys, windowed with unwindowed keys, the KAFKA
-- value format; nor may a join's key column be selected twice.
SELECT * FROM clicks c JOIN buys b WITHIN 5 SECONDS ON c.user_id = b.user_id AND c.page = b.item EMIT CHANGES;
--> ERROR line 1:56: A join is on one equality between its two sides, not several joined by AND: join on one column, e.g. a STRUCT of the columns made by an earlier query.
CREATE STREAM tagged (id INT KEY, tags MAP<STRING, STRING>) WITH (KAFKA_TOPIC='tagged', PARTITIONS=1, VALUE_FORMAT='JSON');
SELECT * FROM tagged t JOIN tagged u WITHIN 1 HOUR ON t.tags = u.tags EMIT CHANGES;
--> ERROR line 1:55: Cannot join on T.TAGS of type MAP<STRING, STRING>: a key holding a MAP is not supported, as equal maps may be written in different entry orders. Join on a single value inside it instead.
CREATE TABLE hourly AS SELECT user_id, COUNT(*) AS n FROM clicks WINDOW TUMBLING (SIZE 1 HOUR) GROUP BY user_id;
SELECT * FROM clicks c JOIN hourly h ON c.user_id = h.user_id EMIT CHANGES;
--> ERROR line 1:15: Cannot join windowed HOURLY (TUMBLING 3600000 ms) with an unwindowed source: a windowed key holds its window, so it never equals a plain key.
CREATE STREAM raw (k INT KEY, v STRING) WITH (KAFKA_TOPIC='raw', PARTITIONS=1, VALUE_FORMAT='KAFKA');
SELECT * FROM raw r JOIN clicks c WITHIN 1 HOUR ON r.k = c.user_id EMIT CHANGES;
--> ERROR line 1:15: Cannot join RAW: a source in the KAFKA value format cannot be joined. Copy it to another value format first, e.g. CREATE STREAM ... WITH (VALUE_FORMAT='JSON') AS SELECT * FROM RAW;
CREATE STREAM dup AS SELECT c.user_id, c.user_id AS again, b.item FROM clicks c JOIN buys b WITHIN 5 SECONDS ON c.user_id = b.user_id;
--> ERROR line 1:40: The key column C.USER_ID is selected more than once, but the sink has one key column for it: select it once, or copy it into a value with an expression, e.g. CAST(C.USER_ID AS STRING).
-- A join's pseudo-columns are named by their source; a keyless stream's join result is keyed, in
-- the session's key format.
CREATE STREAM timed AS SELECT c.user_id AS user_id, c.ROWTIME, b.ROWTIME FROM clicks c JOIN buys b WITHIN 5 SECONDS ON c.user_id = b.user_id;
DESCRIBE timed;
--> USER_ID | INTEGER  (key)
--> C_ROWTIME | BIGINT
--> B_ROWTIME | BIGINT
CREATE STREAM notes (customer_id INT, note STRING) WITH (KAFKA_TOPIC='notes', PARTITIONS=1, KEY_FORMAT='NONE', VALUE_FORMAT='JSON');
CREATE STREAM named_notes AS SELECT n.customer_id, c.name, n.note FROM notes n JOIN customers c ON n.customer_id = c.id;
DESCRIBE named_notes;
--> CUSTOMER_ID | INTEGER  (key)
--> NAME | STRING
--> NOTE | STRING

-- PARTITION BY re-keys a stream: the partitioning column becomes the sink's key.
SET 'auto.offset.reset'='earliest';
CREATE STREAM orders (id INT KEY, customer STRING, amount DOUBLE)
  WITH (KAFKA_TOPIC='orders', PARTITIONS=2, VALUE_FORMAT='JSON');
INSERT INTO orders (id, customer, amount) VALUES (1, 'ann', 10.0);
INSERT INTO orders (id, customer, amount) VALUES (2, 'bob', 20.0);
CREATE STREAM orders_by_customer AS SELECT customer, id, amount FROM orders PARTITION BY customer;
--> Created query with ID CSAS_ORDERS_BY_CUSTOMER_0
DESCRIBE orders_by_customer;
--> CUSTOMER | STRING  (key)
--> ID | INTEGER
--> AMOUNT | DOUBLE
SELECT customer, id FROM orders_by_customer WHERE customer = 'bob' EMIT CHANGES LIMIT 1;
--> bob | 2
CREATE STREAM by_amount AS SELECT id, customer FROM orders PARTITION BY amount;
--> ERROR line 1:73: The query must select its partitioning expression AMOUNT (e.g. SELECT AMOUNT, ...) to write it as the key of its sink; PARTITION BY is evaluated over the input, so it names the input's columns, not the query's aliases.
-- Under SELECT * an unselected partitioning expression is still the key, named KSQL_COL_0 (or
-- after its column); the old key moves into the value, after the value columns.
CREATE STREAM by_abs AS SELECT * FROM orders PARTITION BY ABS(id);
--> Created query with ID CSAS_BY_ABS_1
DESCRIBE by_abs;
--> KSQL_COL_0 | INTEGER  (key)
--> CUSTOMER | STRING
--> AMOUNT | DOUBLE
--> ID | INTEGER
CREATE STREAM by_two WITH (KEY_FORMAT='JSON') AS SELECT * FROM orders PARTITION BY amount, customer;
--> Created query with ID CSAS_BY_TWO_2
DESCRIBE by_two;
--> AMOUNT | DOUBLE  (key)
--> CUSTOMER | STRING  (key)
--> ID | INTEGER
SELECT amount, customer, id FROM by_two WHERE id = 2 EMIT CHANGES LIMIT 1;
--> 20.0 | bob | 2
-- PARTITION BY NULL writes no key.
CREATE STREAM unkeyed AS SELECT id, customer FROM orders PARTITION BY NULL;
--> Created query with ID CSAS_UNKEYED_3
DESCRIBE unkeyed;
--> ID | INTEGER
--> CUSTOMER | STRING
CREATE STREAM unkeyed_json WITH (KEY_FORMAT='JSON') AS SELECT id, customer FROM orders PARTITION BY NULL;
--> ERROR line 1:45: The sink has no key columns, so it has no key to format: leave KEY_FORMAT out, or say NONE.
CREATE STREAM null_and_id AS SELECT id, customer FROM orders PARTITION BY NULL, id;
--> ERROR line 1:75: PARTITION BY NULL writes no key, so it cannot be combined with other expressions.
CREATE STREAM nothing AS SELECT id, customer FROM orders PARTITION BY ();
--> ERROR line 1:71: PARTITION BY needs at least one expression; leave it out to keep the source's key, or write PARTITION BY NULL for no key.
-- PARTITION BY reads the input: it cannot name an alias of the projection.
CREATE STREAM by_alias AS SELECT id, customer AS who FROM orders PARTITION BY who;
--> ERROR line 1:79: The query must select its partitioning expression WHO (e.g. SELECT WHO, ...) to write it as the key of its sink; PARTITION BY is evaluated over the input, so it names the input's columns, not the query's aliases.
CREATE STREAM twice AS SELECT customer, customer AS c2, id FROM orders PARTITION BY customer;
--> ERROR line 1:85: The query selects its partitioning expression CUSTOMER more than once (as CUSTOMER and C2); select it once, as the key.
CREATE STREAM tagged (id INT KEY, tags MAP<STRING, INT>) WITH (KAFKA_TOPIC='tagged', PARTITIONS=1, VALUE_FORMAT='JSON');
CREATE STREAM by_tags AS SELECT * FROM tagged PARTITION BY tags;
--> ERROR line 1:26: The key column TAGS is of type MAP<STRING, INTEGER>: a key cannot hold a MAP, whose serialized order is not stable, so equal keys could land in different partitions.
-- Without PARTITION BY the key keeps its alias and must be selected, unless ksqlDB's new planner
-- is on: then a stream that leaves its key out is keyless.
CREATE STREAM renamed AS SELECT id AS order_id, customer FROM orders;
--> Created query with ID CSAS_RENAMED_4
DESCRIBE renamed;
--> ORDER_ID | INTEGER  (key)
--> CUSTOMER | STRING
CREATE STREAM keyless AS SELECT customer, amount FROM orders;
--> ERROR line 1:26: The query must select the key column ID of ORDERS to write it as the key of its sink.
SET 'ksql.new.query.planner.enabled'='true';
CREATE STREAM keyless AS SELECT customer, amount FROM orders;
--> Created query with ID CSAS_KEYLESS_5
DESCRIBE keyless;
--> CUSTOMER | STRING
--> AMOUNT | DOUBLE
CREATE STREAM clash AS SELECT customer AS id, amount FROM orders;
--> ERROR line 1:24: The query must select the key column ID of ORDERS to write it as the key of its sink: another column of the projection is named ID.
CREATE STREAM key_twice AS SELECT id, id AS id2, customer FROM orders;
--> ERROR line 1:28: The query selects the key column ID of ORDERS more than once (as ID and ID2); select it once, as the key of its sink.
SELECT customer FROM keyless WHERE amount > 15 EMIT CHANGES LIMIT 1;
--> bob

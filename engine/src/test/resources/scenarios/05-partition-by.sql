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
--> ERROR line 1:73: The query must select its partitioning expression AMOUNT (e.g. SELECT AMOUNT, ...) to write it as the key of its sink.

-- INSERT INTO ... SELECT merges streams; KAFKA and DELIMITED formats and WRAP_SINGLE_VALUE.
SET 'auto.offset.reset'='earliest';
CREATE STREAM eu (id BIGINT KEY, amount DOUBLE) WITH (KAFKA_TOPIC='eu', PARTITIONS=1, VALUE_FORMAT='KAFKA');
CREATE STREAM us (id BIGINT KEY, amount DOUBLE) WITH (KAFKA_TOPIC='us', PARTITIONS=1, VALUE_FORMAT='KAFKA');
CREATE STREAM sales (id BIGINT KEY, amount DOUBLE) WITH (KAFKA_TOPIC='sales', PARTITIONS=1, VALUE_FORMAT='JSON', WRAP_SINGLE_VALUE=false);
INSERT INTO sales SELECT id, amount FROM eu;
--> Created query with ID INSERTQUERY_0
INSERT INTO sales SELECT id, amount FROM us;
--> Created query with ID INSERTQUERY_1
INSERT INTO eu (id, amount, rowtime) VALUES (1, 10.5, 0);
INSERT INTO us (id, amount) VALUES (2, 99.0);
SELECT id, amount FROM sales WHERE id = 2 EMIT CHANGES LIMIT 1;
--> 2 | 99.0
PRINT 'eu' FROM BEGINNING LIMIT 1;
--> 1970-01-01T00:00:00Z | 0 | 0 | base64:AAAAAAAAAAE= | base64:QCUAAAAAAAA=
INSERT INTO sales SELECT id FROM us;
--> ERROR line 1:19: The query's columns [ID BIGINT] do not match the columns of SALES [ID BIGINT, AMOUNT DOUBLE].
CREATE STREAM csv (id INT KEY, name STRING, score INT) WITH (KAFKA_TOPIC='csv', PARTITIONS=1, VALUE_FORMAT='DELIMITED', VALUE_DELIMITER='|');
INSERT INTO csv (id, name, score) VALUES (7, 'a,b', 3);
SELECT * FROM csv EMIT CHANGES LIMIT 1;
--> 7 | a,b | 3

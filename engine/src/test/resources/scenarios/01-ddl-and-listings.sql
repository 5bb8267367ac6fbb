-- Streams and tables are declared over topics, listed, described, and dropped.
CREATE STREAM orders (id INT KEY, name STRING, amount DOUBLE)
  WITH (KAFKA_TOPIC='orders', PARTITIONS=2, VALUE_FORMAT='JSON');
--> Stream ORDERS created
CREATE TABLE users (id STRING PRIMARY KEY, city STRING)
  WITH (KAFKA_TOPIC='users', PARTITIONS=1, VALUE_FORMAT='JSON', KEY_FORMAT='KAFKA');
--> Table USERS created
SHOW STREAMS;
--> EDDY_PROCESSING_LOG | eddy_processing_log | NONE | JSON | false
--> ORDERS | orders | KAFKA | JSON | false
SHOW TABLES;
--> USERS | users | KAFKA | JSON | false
SHOW TOPICS;
--> orders | 2 | 1
--> users | 1 | 1
DESCRIBE orders;
--> ID | INTEGER  (key)
--> NAME | STRING
--> AMOUNT | DOUBLE
CREATE STREAM orders (id INT KEY) WITH (KAFKA_TOPIC='orders', VALUE_FORMAT='JSON');
--> ERROR line 1:15: Cannot add stream 'ORDERS': a stream with the same name already exists.
CREATE STREAM IF NOT EXISTS orders (id INT KEY) WITH (KAFKA_TOPIC='orders', VALUE_FORMAT='JSON');
--> A stream named ORDERS already exists; nothing changed.
CREATE STREAM s2 (id INT KEY) WITH (KAFKA_TOPIC='missing', VALUE_FORMAT='JSON');
--> ERROR line 1:1: Topic 'missing' does not exist. To create it with the stream, add the number of partitions to the WITH clause, e.g. PARTITIONS=1.
CREATE STREAM s3 (id INT KEY) WITH (KAFKA_TOPIC='orders', PARTITIONS=3, VALUE_FORMAT='JSON');
--> ERROR line 1:70: Topic 'orders' already exists with 2 partitions, not 3.
CREATE TABLE t2 (id INT, v STRING) WITH (KAFKA_TOPIC='t2', PARTITIONS=1, VALUE_FORMAT='JSON');
--> ERROR line 1:1: Table T2 needs a PRIMARY KEY column.
CREATE STREAM s4 (id INT KEY, rowtime BIGINT) WITH (KAFKA_TOPIC='s4', PARTITIONS=1, VALUE_FORMAT='JSON');
--> ERROR line 1:31: 'ROWTIME' is a reserved column name and cannot be declared.
CREATE STREAM s5 (id INT KEY) WITH (KAFKA_TOPIC='s5', PARTITIONS=1, VALUE_FORMAT='AVRO');
--> ERROR line 1:82: The AVRO format needs a schema registry, which Eddy does not have; use one of [DELIMITED, JSON, KAFKA, PROTOBUF_NOSR].
DROP TABLE users;
--> Source USERS (topic: users) was dropped.
DROP TABLE users;
--> ERROR line 1:12: Table 'USERS' does not exist.
DROP TABLE IF EXISTS users;
--> No table named USERS; nothing dropped.
-- !restart
SHOW STREAMS;
--> EDDY_PROCESSING_LOG | eddy_processing_log | NONE | JSON | false
--> ORDERS | orders | KAFKA | JSON | false
SHOW TABLES;
DESCRIBE STREAMS;
--> EDDY_PROCESSING_LOG | eddy_processing_log | NONE | JSON | LOGGED_AT TIMESTAMP, QUERY_ID STRING, OPERATOR STRING, ERROR_TYPE STRING, MESSAGE STRING, CAUSE STRING, RECORD_TOPIC STRING, RECORD_PARTITION INTEGER, RECORD_OFFSET BIGINT, RECORD_KEY STRING, RECORD_VALUE STRING, FAILED_ROW STRING
--> ORDERS | orders | KAFKA | JSON | ID INTEGER KEY, NAME STRING, AMOUNT DOUBLE
DESCRIBE FUNCTION ucase;
--> UCASE(input STRING) | STRING |
DESCRIBE FUNCTION ucse;
--> ERROR line 1:19: Function 'UCSE' does not exist. Did you mean 'UCASE'?

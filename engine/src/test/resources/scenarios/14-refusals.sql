-- Statements Eddy refuses as ksqlDB does, each with the reason it gives.
CREATE SOURCE STREAM clicks (k STRING KEY, url STRING) WITH (KAFKA_TOPIC='clicks', PARTITIONS=1, VALUE_FORMAT='JSON');
--> Stream CLICKS created
INSERT INTO clicks VALUES ('a', 'b');
--> ERROR line 1:13: Cannot insert into CLICKS: it is a read-only SOURCE stream.
DROP STREAM clicks DELETE TOPIC;
--> ERROR line 1:1: Cannot delete the topic of CLICKS: it is a read-only SOURCE stream. Drop it without DELETE TOPIC.
CREATE OR REPLACE STREAM clicks (k STRING KEY, url STRING) WITH (KAFKA_TOPIC='clicks', VALUE_FORMAT='JSON');
--> ERROR line 1:26: Cannot replace CLICKS: it is a read-only SOURCE stream. Drop it and declare it again instead.
CREATE OR REPLACE SOURCE TABLE pages (k STRING PRIMARY KEY, title STRING) WITH (KAFKA_TOPIC='pages', PARTITIONS=1, VALUE_FORMAT='JSON');
--> ERROR line 1:1: CREATE OR REPLACE cannot declare a SOURCE table: declare PAGES with CREATE SOURCE TABLE, dropping any table of that name first.
CREATE STREAM views (k STRING KEY, n INT, s STRING, h BYTES HEADER('h')) WITH (KAFKA_TOPIC='views', PARTITIONS=1, VALUE_FORMAT='JSON');
--> Stream VIEWS created
CREATE STREAM bad_headers (k STRING KEY, hs BYTES HEADERS) WITH (KAFKA_TOPIC='bad_headers', PARTITIONS=1, VALUE_FORMAT='JSON');
--> ERROR line 1:45: Column 'HS' reads record headers, so its type must be ARRAY<STRUCT<KEY STRING, VALUE BYTES>>, not BYTES.
CREATE STREAM bad_header (k STRING KEY, h INT HEADER('h')) WITH (KAFKA_TOPIC='bad_header', PARTITIONS=1, VALUE_FORMAT='JSON');
--> ERROR line 1:43: Column 'H' reads record headers, so its type must be BYTES, not INTEGER.
CREATE STREAM plain (k STRING KEY, n INT, s STRING) WITH (KAFKA_TOPIC='plain', PARTITIONS=1, VALUE_FORMAT='JSON');
--> Stream PLAIN created
INSERT INTO views SELECT k, n, s FROM plain;
--> ERROR line 1:13: Cannot insert into VIEWS: it has columns read from record headers, which a query cannot write.
CREATE TABLE totals (k STRING PRIMARY KEY, n BIGINT) WITH (KAFKA_TOPIC='totals', PARTITIONS=1, VALUE_FORMAT='JSON');
--> Table TOTALS created
INSERT INTO totals SELECT k, COUNT(*) AS n FROM plain GROUP BY k;
--> ERROR line 1:13: INSERT INTO ... SELECT writes to streams only, and TOTALS is a table. Build the table with CREATE TABLE ... AS SELECT instead.
CREATE STREAM s1 AS SELECT k, n AS rowtime FROM plain;
--> ERROR line 1:36: 'ROWTIME' is a pseudo-column every stream and table has, so it cannot name a column of the sink; choose another alias.
CREATE STREAM s2 AS SELECT k, ROWOFFSET FROM plain;
--> ERROR line 1:31: The sink cannot have a column named ROWOFFSET, a pseudo-column every stream and table has: remove it from the projection or give it an alias, e.g. ROWOFFSET AS ROWOFFSET_COPY.
CREATE STREAM s3 AS SELECT k, n AS x, s AS x FROM plain;
--> ERROR line 1:44: The projection names two columns X: each column of the sink needs its own name. Give one of them another alias.
CREATE STREAM s4 AS SELECT k, k AS k2, n FROM plain;
--> ERROR line 1:21: The query selects the key column K of PLAIN more than once (as K and K2); select it once, as the key of its sink.
CREATE STREAM s5 AS SELECT s AS k, n FROM plain;
--> ERROR line 1:21: The query must select the key column K of PLAIN to write it as the key of its sink: another column of the projection is named K.
-- An alias renames the key.
CREATE STREAM renamed AS SELECT k AS id, n FROM plain;
--> Created query with ID CSAS_RENAMED_0
DESCRIBE renamed;
--> ID | STRING  (key)
--> N | INTEGER
CREATE STREAM s6 AS SELECT * FROM plain WHERE n >= 'ten';
--> ERROR line 1:52: Cannot compare PLAIN.N (INTEGER) with 'ten' (STRING) using >=. Convert one side with CAST first.
CREATE STREAM s7 AS SELECT * FROM plain WHERE n IN (1, 'two');
--> ERROR line 1:56: 'two' cannot be read as a value of type INTEGER, so it cannot be compared with PLAIN.N.
CREATE STREAM s8 AS SELECT * FROM plain WHERE n IN (1, s);
--> ERROR line 1:56: Cannot compare PLAIN.N (INTEGER) with PLAIN.S (STRING) using IN. Convert one side with CAST first.
CREATE STREAM s9 AS SELECT k, STRUCT(a := n, a := s) AS st FROM plain;
--> ERROR line 1:46: The struct has two fields named A: each field needs its own name.
CREATE TABLE t1 AS SELECT k, COUNT(*) AS c FROM plain WINDOW TUMBLING (SIZE 1 SECOND) GROUP BY k HAVING WINDOWSTART > 0;
--> ERROR line 1:105: WINDOWSTART is known only once the window's rows are grouped, so it cannot be used in HAVING: select it, outside any aggregate function.
CREATE TABLE t2 AS SELECT k, MIN(WINDOWEND) AS m FROM plain WINDOW TUMBLING (SIZE 1 SECOND) GROUP BY k;
--> ERROR line 1:34: WINDOWEND is known only once the window's rows are grouped, so it cannot be used in an aggregate function's arguments: select it, outside any aggregate function.
CREATE TABLE wins (k STRING PRIMARY KEY, n INT) WITH (KAFKA_TOPIC='wins', PARTITIONS=1, VALUE_FORMAT='JSON', WINDOW_TYPE='SESSION');
--> Table WINS created
CREATE TABLE t3 AS SELECT * FROM wins;
--> ERROR line 1:34: A persistent query cannot read WINS: it is a windowed table. Query it with SELECT, or build the query on the stream WINS was aggregated from.
CREATE TABLE wins2 (k STRING PRIMARY KEY, n INT) WITH (KAFKA_TOPIC='wins2', PARTITIONS=1, VALUE_FORMAT='JSON', WINDOW_TYPE='SESSION', WINDOW_SIZE='1 SECOND');
--> ERROR line 1:147: WINDOW_SIZE does not apply to SESSION windows, whose size varies: remove it.
CREATE STREAM readings (k STRING KEY, x DOUBLE) WITH (KAFKA_TOPIC='readings', PARTITIONS=1, VALUE_FORMAT='DELIMITED');
--> Stream READINGS created
CREATE TABLE t4 AS SELECT k, STDDEV_SAMPLE(x) AS d FROM readings GROUP BY k;
--> ERROR line 1:20: STDDEV_SAMPLE keeps its state as STRUCT<COUNT BIGINT, MEAN DOUBLE, M2 DOUBLE>, which the DELIMITED value format of READINGS cannot hold. Aggregate a copy of READINGS in another format, e.g. JSON.
CREATE STREAM raw (k STRING KEY, v STRING) WITH (KAFKA_TOPIC='raw', PARTITIONS=1, VALUE_FORMAT='KAFKA');
--> Stream RAW created
CREATE TABLE t5 AS SELECT v, COUNT(*) AS c FROM raw GROUP BY v;
--> ERROR line 1:62: GROUP BY cannot aggregate RAW: its value format is KAFKA. Copy it into a stream with another value format first, e.g. CREATE STREAM ... WITH (VALUE_FORMAT='JSON') AS SELECT * FROM RAW;
CREATE STREAM s10 AS SELECT k, ARRAY[n] < ARRAY[n] AS lt FROM plain;
--> ERROR line 1:43: Cannot compare ARRAY[`PLAIN`.`N`] (ARRAY<INTEGER>) with ARRAY[`PLAIN`.`N`] (ARRAY<INTEGER>) using <: values of type ARRAY<INTEGER> can only be tested for equality.
RUN SCRIPT 'setup.sql';
--> ERROR line 1:1: RUN SCRIPT is a command of the Eddy shell, which reads the file and sends its statements; the engine runs the statements themselves.

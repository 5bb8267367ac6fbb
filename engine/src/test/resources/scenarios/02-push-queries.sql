-- Push queries filter and project rows, evaluate expressions, and see pseudo-columns.
SET 'auto.offset.reset'='earliest';
--> Successfully changed local property 'auto.offset.reset' to 'earliest'.
CREATE STREAM readings (sensor STRING KEY, reading DOUBLE, unit STRING, tags ARRAY<STRING>, attrs MAP<STRING, INT>)
  WITH (KAFKA_TOPIC='readings', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO readings (sensor, reading, unit, tags, attrs, rowtime) VALUES ('s1', 21.5, 'C', ARRAY['a', 'b'], MAP('x' := 1), 1000);
INSERT INTO readings (sensor, reading, unit, tags, attrs, rowtime) VALUES ('s2', 70.7, 'F', ARRAY['c'], MAP('y' := 2), 2000);
INSERT INTO readings (sensor, reading, unit, rowtime) VALUES ('s3', NULL, 'C', 3000);
SELECT sensor, CASE WHEN unit = 'F' THEN (reading - 32) * 5 / 9 ELSE reading END AS celsius,
       CAST(reading AS INT) AS whole, tags[1] AS first_tag, attrs['x'] AS x, ROWTIME, ROWPARTITION, ROWOFFSET
  FROM readings EMIT CHANGES LIMIT 3;
--> s1 | 21.5 | 21 | a | 1 | 1000 | 0 | 0
--> s2 | 21.5 | 70 | c | null | 2000 | 0 | 1
--> s3 | null | null | null | null | 3000 | 0 | 2
SELECT sensor FROM readings WHERE reading > 30 OR reading IS NULL EMIT CHANGES LIMIT 2;
--> s2
--> s3
SELECT * FROM readings WHERE sensor LIKE 's1%' EMIT CHANGES LIMIT 1;
--> s1 | 21.5 | C | [a, b] | {x=1}
SELECT sensr FROM readings EMIT CHANGES;
--> ERROR line 1:8: Column 'SENSR' not found. Did you mean 'SENSOR'?
SELECT * FROM readngs EMIT CHANGES;
--> ERROR line 1:15: Stream or table 'READNGS' does not exist. Did you mean 'READINGS'?
SELECT sensor, UCASE(unit) AS u, CONCAT(sensor, '-', unit) AS tag, ARRAY_LENGTH(tags) AS n, ROUND(reading) AS r
  FROM readings EMIT CHANGES LIMIT 2;
--> s1 | C | s1-C | 2 | 22
--> s2 | F | s2-F | 1 | 71
SELECT UCAS(unit) FROM readings EMIT CHANGES;
--> ERROR line 1:8: Function 'UCAS' does not exist. Did you mean 'UCASE'?
SELECT sensor, untt FROM readings EMIT CHANGES;
--> ERROR line 1:16: Column 'UNTT' not found. Did you mean 'UNIT'?
SELECT sensor, uint FROM readings EMIT CHANGES;
--> ERROR line 1:16: Column 'UINT' not found. Did you mean 'UNIT'?

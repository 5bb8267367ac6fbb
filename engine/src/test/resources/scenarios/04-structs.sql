-- Struct fields are read with ->, and structs are built with STRUCT(...).
SET 'auto.offset.reset'='earliest';
CREATE STREAM places (id INT KEY, loc STRUCT<lat DOUBLE, lon DOUBLE>, name STRING)
  WITH (KAFKA_TOPIC='places', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO places (id, loc, name) VALUES (1, STRUCT(lat := 52.5, lon := 13.4), 'berlin');
SELECT id, loc->lat AS lat, loc->lon, loc FROM places EMIT CHANGES LIMIT 1;
--> 1 | 52.5 | 13.4 | {LAT=52.5, LON=13.4}
-- An unnamed struct field access is named after its field, as ksqlDB names it.
CREATE STREAM latitudes AS SELECT id, loc->lat, loc->lon AS east FROM places;
--> Created query with ID CSAS_LATITUDES_0
DESCRIBE latitudes;
--> ID | INTEGER  (key)
--> LAT | DOUBLE
--> EAST | DOUBLE

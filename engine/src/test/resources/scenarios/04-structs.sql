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
-- An unnamed s->f is named after its field, with _1, _2, ... when a source column or an earlier
-- item has that name; s->* selects every field of the struct, each named after its field.
CREATE STREAM trips (id INT KEY, name STRING, origin STRUCT<name STRING, lat DOUBLE>, dest STRUCT<name STRING>)
  WITH (KAFKA_TOPIC='trips', PARTITIONS=1, VALUE_FORMAT='JSON');
INSERT INTO trips (id, name, origin, dest) VALUES (1, 'home', STRUCT(name := 'berlin', lat := 52.5),
  STRUCT(name := 'paris'));
CREATE STREAM legs AS SELECT id, origin->name, dest->name, UCASE(name), dest->* FROM trips;
--> Created query with ID CSAS_LEGS_1
DESCRIBE legs;
--> ID | INTEGER  (key)
--> NAME_1 | STRING
--> NAME_2 | STRING
--> KSQL_COL_0 | STRING
--> NAME | STRING
SELECT * FROM legs EMIT CHANGES LIMIT 1;
--> 1 | berlin | paris | HOME | paris

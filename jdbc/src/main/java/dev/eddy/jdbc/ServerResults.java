package dev.eddy.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eddy.engine.ColumnInfo;
import dev.eddy.engine.StatementResult;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A server's JSON answers read back into the engine's result shapes. */
final class ServerResults {

  private ServerResults() {}

  /** One entity of a {@code /ksql} answer: ksqlDB's currentStatus (a message) or Eddy's table. */
  static StatementResult fromEntity(JsonNode entity) throws SQLException {
    String statementText = entity.path("statementText").asText();
    switch (entity.path("@type").asText()) {
      case "currentStatus" -> {
        JsonNode status = entity.path("commandStatus");
        return new StatementResult.Message(statementText, status.path("message").asText(),
            status.path("queryId").textValue());
      }
      case "table" -> {
        List<ColumnInfo> columns = new ArrayList<>();
        for (JsonNode column : entity.path("columns")) {
          columns.add(new ColumnInfo(column.path("name").asText(), column.path("type").asText()));
        }
        List<ColumnType> types = types(columns);
        List<List<Object>> rows = new ArrayList<>();
        for (JsonNode row : entity.path("rows")) {
          rows.add(JsonValues.row(row, types));
        }
        return new StatementResult.Table(statementText, entity.path("header").asText(), columns, rows);
      }
      default -> throw new SQLException("The server answered with a result this driver does not know: " + entity,
          SqlStates.GENERAL_ERROR);
    }
  }

  /** The columns a {@code /query-stream} header names. */
  static List<ColumnInfo> columns(JsonNode header) throws SQLException {
    JsonNode names = header.path("columnNames");
    JsonNode types = header.path("columnTypes");
    if (!names.isArray() || !types.isArray() || names.size() != types.size()) {
      throw new SQLException("The server's query header names no columns: " + header, SqlStates.CONNECTION_LOST);
    }
    List<ColumnInfo> columns = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      columns.add(new ColumnInfo(names.get(i).asText(), types.get(i).asText()));
    }
    return columns;
  }

  static List<ColumnType> types(List<ColumnInfo> columns) {
    return columns.stream().map(column -> ColumnType.parse(column.type())).toList();
  }
}

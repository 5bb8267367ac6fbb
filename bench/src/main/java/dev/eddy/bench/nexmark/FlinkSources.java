package dev.eddy.bench.nexmark;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.source.SourceReaderContext;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.api.Schema;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.data.TimestampData;
import org.apache.flink.table.data.binary.BinaryStringData;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.logical.RowType;

/**
 * Flink's side of the input: the views {@code person}, {@code auction} and {@code bid} with
 * nexmark's columns and watermark ({@code customTime - 4 s}), each read from memory by a
 * {@link DataGeneratorSource} whose function returns event {@code i} as Flink's internal row
 * (no parsing: the peer's best case). The source splits the events into contiguous ranges, one
 * per parallel reader, each in event-time order.
 */
final class FlinkSources {

  private FlinkSources() {}

  static void register(StreamExecutionEnvironment env, StreamTableEnvironment tables, NexmarkEvents events) {
    register(env, tables, NexmarkGenerator.PERSON, events.persons().size(), new PersonRows(), DataTypes.ROW(
        DataTypes.FIELD("id", DataTypes.BIGINT()),
        DataTypes.FIELD("name", DataTypes.STRING()),
        DataTypes.FIELD("emailAddress", DataTypes.STRING()),
        DataTypes.FIELD("creditCard", DataTypes.STRING()),
        DataTypes.FIELD("city", DataTypes.STRING()),
        DataTypes.FIELD("state", DataTypes.STRING()),
        DataTypes.FIELD("customTime", DataTypes.TIMESTAMP(3)),
        DataTypes.FIELD("extra", DataTypes.STRING())));
    register(env, tables, NexmarkGenerator.AUCTION, events.auctions().size(), new AuctionRows(), DataTypes.ROW(
        DataTypes.FIELD("id", DataTypes.BIGINT()),
        DataTypes.FIELD("itemName", DataTypes.STRING()),
        DataTypes.FIELD("description", DataTypes.STRING()),
        DataTypes.FIELD("initialBid", DataTypes.BIGINT()),
        DataTypes.FIELD("reserve", DataTypes.BIGINT()),
        DataTypes.FIELD("customTime", DataTypes.TIMESTAMP(3)),
        DataTypes.FIELD("expires", DataTypes.TIMESTAMP(3)),
        DataTypes.FIELD("seller", DataTypes.BIGINT()),
        DataTypes.FIELD("category", DataTypes.BIGINT()),
        DataTypes.FIELD("extra", DataTypes.STRING())));
    register(env, tables, NexmarkGenerator.BID, events.bids().size(), new BidRows(), DataTypes.ROW(
        DataTypes.FIELD("auction", DataTypes.BIGINT()),
        DataTypes.FIELD("bidder", DataTypes.BIGINT()),
        DataTypes.FIELD("price", DataTypes.BIGINT()),
        DataTypes.FIELD("channel", DataTypes.STRING()),
        DataTypes.FIELD("url", DataTypes.STRING()),
        DataTypes.FIELD("customTime", DataTypes.TIMESTAMP(3)),
        DataTypes.FIELD("extra", DataTypes.STRING())));
  }

  private static void register(StreamExecutionEnvironment env, StreamTableEnvironment tables, String name, long count,
      GeneratorFunction<Long, RowData> rows, DataType type) {
    RowType rowType = (RowType) type.getLogicalType();
    DataGeneratorSource<RowData> source = new DataGeneratorSource<>(rows, Math.max(count, 0),
        InternalTypeInfo.of(rowType));
    DataStream<RowData> stream = env.fromSource(source, WatermarkStrategy.noWatermarks(), name);
    Schema.Builder schema = Schema.newBuilder();
    for (var field : DataType.getFields(type)) {
      schema.column(field.getName(), field.getDataType());
    }
    schema.watermark("customTime", "customTime - INTERVAL '4' SECOND");
    tables.createTemporaryView(name, tables.fromDataStream(stream, schema.build()));
  }

  private abstract static class Rows implements GeneratorFunction<Long, RowData> {
    @Override
    public void open(SourceReaderContext readerContext) {
      MemoryEvents.readerOpened();
    }
  }

  private static final class PersonRows extends Rows {
    @Override
    public RowData map(Long index) {
      Person p = MemoryEvents.get().persons().get(index.intValue());
      return GenericRowData.of(p.id(), StringData.fromString(p.name()), StringData.fromString(p.emailAddress()),
          StringData.fromString(p.creditCard()), StringData.fromString(p.city()), StringData.fromString(p.state()),
          TimestampData.fromEpochMillis(p.dateTime()), StringData.fromString(p.extra()));
    }
  }

  private static final class AuctionRows extends Rows {
    @Override
    public RowData map(Long index) {
      Auction a = MemoryEvents.get().auctions().get(index.intValue());
      return GenericRowData.of(a.id(), StringData.fromString(a.itemName()), StringData.fromString(a.description()),
          a.initialBid(), a.reserve(), TimestampData.fromEpochMillis(a.dateTime()),
          TimestampData.fromEpochMillis(a.expires()), a.seller(), a.category(), StringData.fromString(a.extra()));
    }
  }

  /** Channel names and URLs made once; a bid's extra wrapped, not copied. */
  private static final class BidRows extends Rows {
    private transient Bids bids;
    private transient StringData[] channels;
    private transient StringData[] urls;

    @Override
    public void open(SourceReaderContext readerContext) {
      super.open(readerContext);
      bids = MemoryEvents.get().bids();
      Channels all = bids.channels();
      channels = new StringData[all.size()];
      urls = new StringData[all.size()];
      for (int c = 0; c < all.size(); c++) {
        channels[c] = StringData.fromString(all.name(c));
        urls[c] = StringData.fromString(all.url(c));
      }
    }

    @Override
    public RowData map(Long index) {
      int i = index.intValue();
      int channel = bids.channelIndex(i);
      return GenericRowData.of(bids.auction(i), bids.bidder(i), bids.price(i), channels[channel], urls[channel],
          TimestampData.fromEpochMillis(bids.dateTime(i)), BinaryStringData.fromBytes(bids.extraBytes(i)));
    }
  }
}

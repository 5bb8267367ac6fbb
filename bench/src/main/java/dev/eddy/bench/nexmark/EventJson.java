package dev.eddy.bench.nexmark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An event as the JSON value Eddy reads: field names as Eddy names the columns (upper case),
 * times as epoch milliseconds (Eddy's JSON TIMESTAMP). Not thread-safe: one per writer.
 */
final class EventJson {

  private final JsonFactory factory = new JsonFactory();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);

  byte[] person(Person p) {
    return write(json -> {
      json.writeNumberField("ID", p.id());
      json.writeStringField("NAME", p.name());
      json.writeStringField("EMAILADDRESS", p.emailAddress());
      json.writeStringField("CREDITCARD", p.creditCard());
      json.writeStringField("CITY", p.city());
      json.writeStringField("STATE", p.state());
      json.writeNumberField("DATETIME", p.dateTime());
      json.writeStringField("EXTRA", p.extra());
    });
  }

  byte[] auction(Auction a) {
    return write(json -> {
      json.writeNumberField("ID", a.id());
      json.writeStringField("ITEMNAME", a.itemName());
      json.writeStringField("DESCRIPTION", a.description());
      json.writeNumberField("INITIALBID", a.initialBid());
      json.writeNumberField("RESERVE", a.reserve());
      json.writeNumberField("DATETIME", a.dateTime());
      json.writeNumberField("EXPIRES", a.expires());
      json.writeNumberField("SELLER", a.seller());
      json.writeNumberField("CATEGORY", a.category());
      json.writeStringField("EXTRA", a.extra());
    });
  }

  byte[] bid(Bids bids, int i) {
    return write(json -> {
      json.writeNumberField("AUCTION", bids.auction(i));
      json.writeNumberField("BIDDER", bids.bidder(i));
      json.writeNumberField("PRICE", bids.price(i));
      json.writeStringField("CHANNEL", bids.channel(i));
      json.writeStringField("URL", bids.url(i));
      json.writeNumberField("DATETIME", bids.dateTime(i));
      json.writeStringField("EXTRA", bids.extra(i));
    });
  }

  private interface Fields {
    void write(JsonGenerator json) throws IOException;
  }

  private byte[] write(Fields fields) {
    buffer.reset();
    try (JsonGenerator json = factory.createGenerator(buffer, JsonEncoding.UTF8)) {
      json.writeStartObject();
      fields.write(json);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an event as JSON", e);
    }
    return buffer.toByteArray();
  }
}

package dev.eddy.bench.nexmark;

import java.nio.charset.StandardCharsets;

/**
 * The bids, column by column: they are 92% of the events, and ten million of them as objects
 * would take several times the heap. A bid's channel and URL are an index into {@link Channels};
 * its {@code extra} is kept as the ASCII bytes both engines are handed.
 */
public final class Bids {

  private final long[] auction;
  private final long[] bidder;
  private final long[] price;
  private final long[] dateTime;
  private final int[] channel;
  private final byte[][] extra;
  private final Channels channels;
  private int size;

  Bids(int capacity, Channels channels) {
    this.auction = new long[capacity];
    this.bidder = new long[capacity];
    this.price = new long[capacity];
    this.dateTime = new long[capacity];
    this.channel = new int[capacity];
    this.extra = new byte[capacity][];
    this.channels = channels;
  }

  void add(long auction, long bidder, long price, int channel, long dateTime, String extra) {
    this.auction[size] = auction;
    this.bidder[size] = bidder;
    this.price[size] = price;
    this.channel[size] = channel;
    this.dateTime[size] = dateTime;
    this.extra[size] = extra.getBytes(StandardCharsets.US_ASCII);
    size++;
  }

  public int size() {
    return size;
  }

  public long auction(int i) {
    return auction[i];
  }

  public long bidder(int i) {
    return bidder[i];
  }

  public long price(int i) {
    return price[i];
  }

  public long dateTime(int i) {
    return dateTime[i];
  }

  public String channel(int i) {
    return channels.name(channel[i]);
  }

  public String url(int i) {
    return channels.url(channel[i]);
  }

  /** The index into {@link #channels()}. */
  public int channelIndex(int i) {
    return channel[i];
  }

  public Channels channels() {
    return channels;
  }

  /** ASCII bytes, shared: do not change. */
  public byte[] extraBytes(int i) {
    return extra[i];
  }

  public String extra(int i) {
    return new String(extra[i], StandardCharsets.US_ASCII);
  }
}

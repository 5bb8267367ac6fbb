package dev.eddy.bench.nexmark;

/** An item put up for auction (nexmark's Auction; times in epoch ms). */
public record Auction(long id, String itemName, String description, long initialBid, long reserve, long dateTime,
    long expires, long seller, long category, String extra) {}

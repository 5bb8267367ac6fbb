package dev.eddy.bench.nexmark;

/** A person joining the auction site (nexmark's Person; {@code dateTime} in epoch ms). */
public record Person(long id, String name, String emailAddress, String creditCard, String city, String state,
    long dateTime, String extra) {}

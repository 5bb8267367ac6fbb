package dev.eddy.log;

import java.util.List;

/** A topic's config and the extent of each of its partitions. */
public record TopicDescription(String name, TopicConfig config, List<PartitionDescription> partitions) {}

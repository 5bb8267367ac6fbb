package dev.eddy.shell;

/**
 * A result column as the shell prints it.
 *
 * @param name the column's label
 * @param type its SQL type name as the driver reports it (used to guess a push query's widths)
 */
record Column(String name, String type) {}

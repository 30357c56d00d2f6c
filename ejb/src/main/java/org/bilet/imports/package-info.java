/**
 * Bringing users and tickets (with their conversations) over from Request Tracker, osTicket and
 * Zammad CSV exports. Each source's columns and values are mapped in {@link org.bilet.imports.ImportSource};
 * rows are read and checked without a container ({@link org.bilet.imports.CsvTable},
 * {@link org.bilet.imports.RowReader}); {@link org.bilet.imports.Imports} runs an import as a job in
 * batches, and {@link org.bilet.imports.ImportKey} makes a re-run import nothing twice.
 */
package org.bilet.imports;

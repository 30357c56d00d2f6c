/**
 * Bilet's benchmark: a bulk data generator and a load driver, kept outside the EAR.
 *
 * <p>Why it exists: the questions "how many tickets per second can the REST API open", "how close
 * is that to what the database alone can do" and "does the filtered ticket list stay fast at a
 * million tickets" need numbers measured the same way each time. {@link org.bilet.bench.Filler}
 * loads realistic tickets straight over JDBC (the API would need hours for a million), taking
 * ids and numbers from the application's own sequences so that the server keeps working
 * afterwards; {@link org.bilet.bench.RestCreate}, {@link org.bilet.bench.RawCreate}, {@link
 * org.bilet.bench.SignedInCall}, {@link org.bilet.bench.ListLatency} and {@link
 * org.bilet.bench.QueuePage} measure the API, its physical limit, the cost of any signed-in call
 * and the screens' lists; {@link org.bilet.bench.Bench} is the command line and prints the summary
 * against the targets.
 */
package org.bilet.bench;

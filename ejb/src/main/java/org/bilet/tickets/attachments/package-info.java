/**
 * Files attached to tickets. Contents live in the data directory, named by their SHA-256 so that
 * one file attached twice is stored once; the database holds name, detected type, size and hash.
 */
package org.bilet.tickets.attachments;

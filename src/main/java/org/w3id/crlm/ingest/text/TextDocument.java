package org.w3id.crlm.ingest.text;

/**
 * A document read for ingestion.
 *
 * @param id the document's identifier, from its file name ("003_cbdbd67247967b81"); the last
 *     segment of its IRI and of its annotation graph's IRI
 * @param fileName the name it was ingested under
 * @param text the whole text; offsets elsewhere count its Unicode code points
 * @param sha256 hex SHA-256 of the text's UTF-8 bytes, so that a changed document is detected
 * @param mediaType text/plain or text/markdown
 */
public record TextDocument(String id, String fileName, String text, String sha256, String mediaType) {}

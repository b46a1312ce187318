package org.w3id.crlm.profile;

/** A term of the answer: its IRI and its label. */
public record Labelled(String iri, String label) implements java.io.Serializable {}

package org.rehabit.catalog.service;

/** An exercise picture as served to the browser. */
public record StoredImage(String contentType, byte[] data) {
}

package org.rehabit.catalog.domain;

/** The video formats the catalog accepts; {@link VideoFile} tells them by their container. */
public enum VideoType {
    MP4("video/mp4"), WEBM("video/webm");

    private final String contentType;

    VideoType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}

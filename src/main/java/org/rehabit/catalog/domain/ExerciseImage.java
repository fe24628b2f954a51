package org.rehabit.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The picture of an exercise, stored in PostgreSQL; at most one per exercise. */
@Entity
@Table(name = "exercise_image")
public class ExerciseImage {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    @Id
    @Column(name = "exercise_id")
    private Long exerciseId;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(nullable = false)
    private byte[] data;

    protected ExerciseImage() {
    }

    public ExerciseImage(long exerciseId, ImageType type, byte[] data) {
        this.exerciseId = exerciseId;
        replace(type, data);
    }

    public void replace(ImageType type, byte[] data) {
        this.contentType = type.contentType();
        this.data = data.clone();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getData() {
        return data.clone();
    }
}

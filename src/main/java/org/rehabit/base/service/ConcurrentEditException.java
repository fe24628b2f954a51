package org.rehabit.base.service;

/** Someone else saved the record since it was opened; the UI says so instead of overwriting their change. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}

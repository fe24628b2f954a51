package org.rehabit.base.service;

/**
 * No such record, or none the signed-in user may see: the two are answered alike so ids reveal nothing.
 */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String what, long id) {
        super("No " + what + " " + id);
    }
}

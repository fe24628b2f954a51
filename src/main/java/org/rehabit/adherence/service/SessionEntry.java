package org.rehabit.adherence.service;

/** Pain before and after a session (0-10) and a note to the therapist; empty values keep what was saved. */
public record SessionEntry(Integer painBefore, Integer painAfter, String note) {
}

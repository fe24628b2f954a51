package org.rehabit.progress.domain;

import java.time.LocalDate;

/** A pain score (0-10) on a day. */
public record PainOnDay(LocalDate day, int pain) {
}

package org.rehabit.alerts.domain;

/** How many alerts were raised in a period, and how many are open now. */
public record AlertCount(int raised, int open) {
}

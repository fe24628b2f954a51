package org.rehabit.alerts.domain;

/** Why the therapist is alerted. */
public enum AlertKind {
    /** The check-in reported severe neck pain or new arm or hand symptoms. */
    RED_FLAG,
    /** Pain during an exercise met the stop rule. */
    PAIN_STOP,
    /** The mean "after" pain of the last 7 days is 2 or more above the 7 days before. */
    PAIN_TREND,
    /** Two or more scheduled days in a row passed with nothing done. */
    MISSED_DAYS,
    /** Nothing recorded for 7 days while a routine is in force. */
    NO_ACTIVITY;

    /** Raised by what the patient reports, as opposed to the nightly look at the record. */
    public boolean reported() {
        return this == RED_FLAG || this == PAIN_STOP;
    }
}

package org.rehabit.adherence.domain;

/** Why the therapist is alerted. */
public enum AlertKind {
    /** The check-in reported severe neck pain or new arm or hand symptoms. */
    RED_FLAG,
    /** Pain during an exercise met the stop rule. */
    PAIN_STOP
}

package org.rehabit.adherence.domain;

/** How hard an exercise felt. */
public enum Difficulty {
    EASY, RIGHT, HARD
}

package org.rehabit.catalog.service;

/** The parts of an exercise's video that an upload can be refused for. */
public enum VideoField {
    VIDEO, POSTER, CAPTIONS
}

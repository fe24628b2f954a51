package org.rehabit.catalog.domain;

/** How safe an item is for someone in pain: recommended, to use with caution, or to avoid while in pain. */
public enum CatalogStatus {
    RECOMMENDED, CAUTION, AVOID
}

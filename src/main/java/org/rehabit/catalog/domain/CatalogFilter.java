package org.rehabit.catalog.domain;

/**
 * What the catalog search narrows by; null means "any". {@code withoutEquipment} keeps only items that need
 * nothing at home. Retired items are hidden unless asked for.
 */
public record CatalogFilter(String text, BodyRegion region, ExerciseCategory category, Equipment equipment,
        boolean withoutEquipment, Position position, CatalogStatus status, boolean includeRetired) {

    public static final CatalogFilter ALL = new CatalogFilter(null, null, null, null, false, null, null, false);

    public static CatalogFilter text(String text) {
        return new CatalogFilter(text, null, null, null, false, null, null, false);
    }
}

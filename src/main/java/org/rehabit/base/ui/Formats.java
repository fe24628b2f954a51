package org.rehabit.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Small shared helpers for showing values and paging grids. */
public final class Formats {

    private Formats() {
    }

    /** A timestamp in the server's zone and the user's locale, or {@code absent} when there is none. */
    public static String instant(Instant instant, Locale locale, String absent) {
        if (instant == null) {
            return absent;
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A date in the user's locale, or {@code absent} when there is none. */
    public static String date(LocalDate date, Locale locale, String absent) {
        return date == null ? absent : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .format(date);
    }

    /** The grid's page with the given sort when the user has not chosen one, so paging is stable. */
    public static Pageable sortedOr(Pageable pageable, Sort fallback) {
        return pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), fallback);
    }
}

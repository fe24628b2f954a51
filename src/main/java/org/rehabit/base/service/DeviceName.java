package org.rehabit.base.service;

import java.util.List;
import java.util.Map;

/**
 * A short name for the browser and system a user agent header names ("Chrome on Android"), for a user to recognise
 * their own devices; not for any decision.
 */
public final class DeviceName {

    /** Checked in order: Edge and Opera also say Chrome, Chrome also says Safari, Android also says Linux. */
    private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
            Map.entry("Safari/", "Safari"));
    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
            Map.entry("iPhone", "iPhone"), Map.entry("iPad", "iPad"), Map.entry("Windows", "Windows"),
            Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));
    private static final int MAX = 100;

    private DeviceName() {
    }

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown device";
        }
        var browser = first(BROWSERS, userAgent);
        var system = first(SYSTEMS, userAgent);
        if (browser == null && system == null) {
            return userAgent.substring(0, Math.min(userAgent.length(), MAX));
        }
        return browser == null ? system : system == null ? browser : browser + " on " + system;
    }

    private static String first(List<Map.Entry<String, String>> names, String userAgent) {
        return names.stream().filter(name -> userAgent.contains(name.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }
}

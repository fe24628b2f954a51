package org.rehabit.base.service;

/**
 * Turns a translation key and its parameters into text. Views pass {@code this::getTranslation}; code outside the
 * UI, such as the PDF handout, reads the same translation files through Spring's {@code MessageSource}.
 */
@FunctionalInterface
public interface Translator {

    String translate(String key, Object... params);
}

package org.rehabit.notifications.service;

/**
 * A message's content: the e-mail's subject, plain text and the same as simple HTML; and, for a push to a device, a
 * title and one short sentence. None of it names a patient or a symptom.
 */
public record Mail(String subject, String text, String html, String pushTitle, String pushText) {
}

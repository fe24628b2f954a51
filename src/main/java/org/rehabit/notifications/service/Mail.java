package org.rehabit.notifications.service;

/** An e-mail's content: subject, plain text, and the same as simple HTML. */
public record Mail(String subject, String text, String html) {
}

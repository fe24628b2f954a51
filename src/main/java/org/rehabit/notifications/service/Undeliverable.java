package org.rehabit.notifications.service;

/**
 * A message that cannot be delivered, now or later (an address the mail server refuses, a device that is gone):
 * the worker marks it failed at once instead of trying again.
 */
class Undeliverable extends RuntimeException {

    Undeliverable(String reason) {
        super(reason);
    }
}

package org.rehabit.notifications.service;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every few seconds ({@code REHABIT_OUTBOX_INTERVAL}), sends batches until nothing is due. */
@Component
class OutboxSchedule {

    private final OutboxWorker worker;

    OutboxSchedule(OutboxWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${rehabit.outbox.interval:10s}",
            initialDelayString = "${rehabit.outbox.interval:10s}")
    void sendDue() {
        while (worker.sendDue() == OutboxWorker.BATCH) {
            // a full batch: there may be more
        }
    }
}

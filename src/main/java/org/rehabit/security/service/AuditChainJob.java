package org.rehabit.security.service;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.rehabit.security.AppRoles;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, the check of the audit trail's hash chain; admins see its outcome in the audit view. */
@Component
class AuditChainJob {

    private final AuditLog log;

    AuditChainJob(AuditLog log) {
        this.log = log;
    }

    @Scheduled(cron = "${rehabit.audit.check-cron:0 45 2 * * *}")
    @SchedulerLock(name = "audit-chain-check", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void nightly() {
        AppRoles.runAsSystem("audit-chain-check", log::checkChain);
    }
}

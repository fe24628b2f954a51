package org.rehabit.alerts.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.rehabit.alerts.domain.AlertCount;
import org.rehabit.alerts.domain.Alerts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** For scheduled work only (the daily digest): how many alerts each therapist's patients raised, and have open. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('SYSTEM')")
public class AlertCounts {

    private final Alerts alerts;

    AlertCounts(Alerts alerts) {
        this.alerts = alerts;
    }

    /** Therapists whose patients have no alert at all are left out. */
    public Map<Long, AlertCount> ofTherapists(Collection<Long> therapistIds, Instant raisedSince) {
        return alerts.countsOfTherapists(therapistIds, raisedSince);
    }
}

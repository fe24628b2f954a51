package org.rehabit.progress.service;

import org.rehabit.progress.domain.CaseloadFigures;

/**
 * A patient on the dashboard, their open alerts, and whether they need attention: an open alert, adherence under
 * {@link ProgressService#LOW_ADHERENCE} over the last 7 days, or pain trending up.
 */
public record CaseloadRow(CaseloadFigures figures, int openAlerts, boolean needsAttention) {
}

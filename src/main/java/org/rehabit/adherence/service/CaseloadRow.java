package org.rehabit.adherence.service;

import org.rehabit.adherence.domain.CaseloadFigures;

/**
 * A patient on the dashboard, and whether they need attention: an open alert, adherence under 50% over the last
 * 7 days, or pain trending up.
 */
public record CaseloadRow(CaseloadFigures figures, boolean needsAttention) {
}

package org.rehabit.patients.ui;

import com.vaadin.flow.router.RouterLink;

/** How other features link to the patients feature's pages. */
public final class PatientsNavigation {

    private PatientsNavigation() {
    }

    /** A link to a patient's page (their account, intake, routines and alerts). */
    public static RouterLink patientPage(String text, long patientId) {
        return new RouterLink(text, PatientView.class, patientId);
    }
}

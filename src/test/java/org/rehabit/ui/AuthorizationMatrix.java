package org.rehabit.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.rehabit.security.domain.Role;

/**
 * Who may open which address. Every {@code @Route} in the application must have a row here: adding a view
 * without deciding who may see it fails {@link AuthorizationMatrixCoverageTest}. The per-role tests drive it.
 */
public class AuthorizationMatrix {

    public enum Outcome {
        /** The view itself is shown. */
        OPENS,
        /** The sign-in form is shown instead. */
        LOGIN,
        /** The signed-in user lands on their own role's home instead. */
        HOME,
        /** An error page is shown; nothing of the view is. */
        DENIED
    }

    /**
     * {@code route} is the {@code @Route} template, {@code path} an address for it, naming the records a test makes
     * with placeholders ({@link RouteRecords#PLACEHOLDERS}).
     */
    public record Row(String route, String path, Outcome anonymous, Outcome patient, Outcome therapist,
            Outcome admin) {

        Outcome outcomeFor(Role role) {
            return switch (role) {
                case PATIENT -> patient;
                case THERAPIST -> therapist;
                case ADMIN -> admin;
            };
        }

        @Override
        public String toString() {
            return "/" + path;
        }
    }

    static final Map<Role, String> HOMES = Map.of(Role.PATIENT, "today", Role.THERAPIST, "dashboard", Role.ADMIN,
            "admin/accounts");

    private static final Outcome O = Outcome.OPENS;
    private static final Outcome L = Outcome.LOGIN;
    private static final Outcome H = Outcome.HOME;
    private static final Outcome D = Outcome.DENIED;

    // Paths name the records each test makes for itself (see RouteRecords): {patient} is a patient on the
    // signed-in therapist's caseload, {routine} that patient's routine, {exercise} an exercise of the seeded catalog.
    // spotless:off (a table is easier to read aligned)
    //              route               path                           anon patient therap admin
    public static final List<Row> ROWS = List.of(
            new Row("",                 "",                            L,   H,      H,     H),
            new Row("login",            "login",                       O,   H,      H,     H),
            new Row("today",            "today",                       L,   O,      D,     D),
            new Row("today",            "today/{yesterday}",           L,   O,      D,     D),
            new Row("history",          "history",                     L,   O,      D,     D),
            new Row("exercise",         "exercise/{exercise}",         L,   O,      D,     D),
            new Row("messages",         "messages",                    L,   O,      D,     D),
            new Row("caseload",         "caseload",                    L,   D,      O,     D),
            new Row("dashboard",        "dashboard",                   L,   D,      O,     D),
            new Row("progress",         "progress/{patient}",          L,   D,      O,     D),
            new Row("progress/:patientId([0-9]{1,18})/day/:day", "progress/{patient}/day/{yesterday}",
                                                                           L,   D,      O,     D),
            new Row("admin/accounts",   "admin/accounts",              L,   D,      D,     O),
            new Row("admin/audit",      "admin/audit",                 L,   D,      D,     O),
            new Row("admin/outbox",     "admin/outbox",                L,   D,      D,     O),
            new Row("admin/clinic",     "admin/clinic",                L,   D,      D,     O),
            new Row("record-access",    "record-access",               L,   O,      D,     D),
            new Row("catalog",          "catalog",                     L,   D,      O,     O),
            new Row("catalog/exercise", "catalog/exercise/{exercise}", L,   D,      O,     O),
            new Row("catalog/edit",     "catalog/edit",                L,   D,      O,     O),
            new Row("activate",         "activate/no-such-token",      O,   O,      O,     O),
            new Row("reset-password",   "reset-password/no-such-token", O,  O,      O,     O),
            new Row("login/forgot",     "login/forgot",                O,   H,      H,     H),
            new Row("account/password", "account/password",            L,   O,      O,     O),
            new Row("account/two-step", "account/two-step",            L,   D,      O,     O),
            new Row("account/sessions", "account/sessions",            L,   O,      O,     O),
            new Row("account/notifications", "account/notifications",  L,   O,      O,     D),
            new Row("login/two-step",   "login/two-step",              L,   H,      H,     H),
            new Row("patients/patient", "patients/patient/{patient}",  L,   D,      O,     D),
            new Row("routines/new",     "routines/new/{patient}",      L,   D,      O,     D),
            new Row("routines/routine", "routines/routine/{routine}",  L,   D,      O,     D),
            new Row("routines/revise",  "routines/revise/{routine}",   L,   D,      O,     D));
    // spotless:on

    public static Stream<Row> rows() {
        return ROWS.stream();
    }

    /**
     * The rows of one patient's records. Security is per record: a therapist may open them for their own patients
     * only, so another therapist is refused every one of them.
     */
    public static Stream<Row> onePatientsRows() {
        return rows().filter(row -> row.path().contains("{patient}") || row.path().contains("{routine}"));
    }
}

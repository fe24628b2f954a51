package org.rehabit.catalog;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rehabit.IntegrationTest;
import org.rehabit.base.domain.SqlTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database refuses unsafe catalog rows even if the Java checks were bypassed. */
@IntegrationTest
class CatalogConstraintsTest {

    private static final String INSERT = "insert into exercise (name, summary, kind, category, position, status, "
            + "status_reason, alternative_id, dosage_sets, dosage_reps, dosage_hold_seconds, dosage_side, "
            + "dosage_minutes, seeded, attribution, created_at) values ";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void an_item_to_avoid_needs_a_reason_and_an_alternative() {
        assertRefused(row("'AVOID', null, (select id from exercise where name = 'Half crunch')",
                "null, 5, null, null, null"));
        assertRefused(row("'AVOID', 'Loads the spine.', null", "null, 5, null, null, null"));
        assertRefused(row("'CAUTION', '  ', null", "null, 5, null, null, null"));
        assertRefused(row("'RECOMMENDED', null, (select id from exercise where name = 'Half crunch')",
                "null, 5, null, null, null"));
    }

    @Test
    void dosage_stays_in_clinically_sane_ranges() {
        assertRefused(row(recommended(), "11, 5, null, null, null"));
        assertRefused(row(recommended(), "null, 101, null, null, null"));
        assertRefused(row(recommended(), "null, 5, 301, null, null"));
        assertRefused(row(recommended(), "null, null, null, null, 121"));
        assertRefused(row(recommended(), "2, 5, null, null, 10"));
        assertRefused(row(recommended(), "null, 5, null, 'UP', null"));
    }

    @Test
    void seeded_items_need_an_attribution() {
        assertRefused(INSERT + "('" + uniqueName("Unsourced") + "', 's', 'EXERCISE', 'STRETCH', 'SEATED', "
                + "'RECOMMENDED', null, null, null, null, null, null, null, true, null, ?)");
    }

    @Test
    void only_a_clinic_item_takes_the_figure_of_another() {
        assertRefused("update exercise set figure = 'Walking' where name = 'Neck tilt'");
        assertRefused("insert into exercise (name, summary, kind, category, position, status, seeded, created_at, "
                + "figure) values ('" + uniqueName("Blank figure") + "', 's', 'EXERCISE', 'STRETCH', 'SEATED', "
                + "'RECOMMENDED', false, ?, ' ')");
    }

    @Test
    void video_chunks_belong_to_a_video_and_a_video_to_an_exercise() {
        assertRefused("insert into exercise_video_chunk (video_id, seq, data) values (-1, 0, '\\x00')");
        assertRefused("""
                insert into exercise_video (exercise_id, content_type, size_bytes, duration_ms, chunk_bytes,
                    uploaded_by, uploaded_at)
                values ((select id from exercise where name = 'Neck tilt'), 'text/html', 1, 1, 262144,
                    (select min(id) from account), now())""");
    }

    @Test
    void names_are_unique_ignoring_case() {
        assertRefused(INSERT + "('HALF CRUNCH', 's', 'EXERCISE', 'STRETCH', 'SEATED', 'RECOMMENDED', null, null, "
                + "null, null, null, null, null, false, null, ?)");
    }

    @Test
    void a_picture_must_be_of_a_known_type() {
        assertRefused("insert into exercise_image (exercise_id, content_type, data) values "
                + "((select id from exercise where name = 'Half crunch'), 'image/svg+xml', '\\x3c737667')");
    }

    private static String recommended() {
        return "'RECOMMENDED', null, null";
    }

    /** A row under a name no other row has, so only the rule under test can refuse it. */
    private static String row(String status, String dosage) {
        return INSERT + "('" + uniqueName("Test item") + "', 's', 'EXERCISE', 'STRETCH', 'SEATED', " + status + ", "
                + dosage + ", false, null, ?)";
    }

    private static String uniqueName(String name) {
        return name + " " + UUID.randomUUID();
    }

    /** Runs the statement, giving the clock's instant for its one parameter (created_at) if it has one. */
    private void assertRefused(String sql) {
        var params = sql.contains("?") ? new Object[] {SqlTime.timestamp(clock.instant())} : new Object[0];
        assertThatThrownBy(() -> jdbc.update(sql, params)).isInstanceOf(DataIntegrityViolationException.class);
    }
}

package org.rehabit.notifications.domain;

import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Each person's notification settings; no row means the defaults. */
@Repository
public class NotificationSettings {

    /** A patient whose reminder time has come: which reminder of the day (1 or 2), with their settings. */
    public record ReminderDue(long patientId, String displayName, String email, int number,
            NotificationSetting setting) {
    }

    private static final String COLUMNS = """
            s.reminders, s.reminder_time, s.second_reminder_time, s.quiet_from, s.quiet_until, s.daily_digest,
            s.email""";

    private final JdbcClient jdbc;

    NotificationSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<NotificationSetting> find(long accountId) {
        return jdbc.sql("select " + COLUMNS + " from notification_setting s where s.account_id = ?")
                .param(accountId).query((rs, n) -> setting(rs)).optional();
    }

    public void save(long accountId, NotificationSetting setting, Instant at) {
        jdbc.sql("""
                insert into notification_setting (account_id, reminders, reminder_time, second_reminder_time,
                                                  quiet_from, quiet_until, daily_digest, email, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (account_id) do update set reminders = excluded.reminders,
                    reminder_time = excluded.reminder_time, second_reminder_time = excluded.second_reminder_time,
                    quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                    daily_digest = excluded.daily_digest, email = excluded.email, updated_at = excluded.updated_at""")
                .params(accountId, setting.reminders(), setting.reminderTime(), setting.secondReminderTime(),
                        setting.quietFrom(), setting.quietUntil(), setting.dailyDigest(), setting.email(),
                        timestamp(at))
                .update();
    }

    /**
     * Active patients with reminders on whose first or second reminder time has come within {@code lateBy} before
     * {@code now} (a later one is not sent late: the first not once the second's time has come). The second wins when
     * both match.
     */
    public List<ReminderDue> remindersDue(LocalTime now, Duration lateBy) {
        return jdbc.sql("select a.id, a.display_name, a.email as address, " + COLUMNS + """
                , case when s.second_reminder_time <= :now and :now - s.second_reminder_time < :late * interval '1 second' then 2 else 1 end
                  as number
                from notification_setting s join account a on a.id = s.account_id
                where s.reminders and a.enabled and a.role = 'PATIENT'
                  and ((s.reminder_time <= :now and :now - s.reminder_time < :late * interval '1 second'
                        and (s.second_reminder_time is null or :now < s.second_reminder_time))
                    or (s.second_reminder_time <= :now and :now - s.second_reminder_time < :late * interval '1 second'))
                order by a.id""")
                .param("now", now).param("late", lateBy.toSeconds())
                .query((rs, n) -> new ReminderDue(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("address"), rs.getInt("number"), setting(rs)))
                .list();
    }

    /** Someone to write to. */
    public record Recipient(long accountId, String displayName, String email) {
    }

    /** Active therapists who asked for the daily digest of new alerts. */
    public List<Recipient> digestRecipients() {
        return jdbc.sql("""
                select a.id, a.display_name, a.email from notification_setting s join account a on a.id = s.account_id
                where s.daily_digest and a.enabled and a.role = 'THERAPIST' order by a.id""")
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    /** Of these accounts, those who turned e-mail off (they have a device for notifications). */
    public Set<Long> withoutEmail(Collection<Long> accountIds) {
        return Set
                .copyOf(jdbc.sql("select account_id from notification_setting where not email and account_id = any(?)")
                        .param(accountIds.toArray(Long[]::new)).query(Long.class).list());
    }

    private static NotificationSetting setting(ResultSet rs) throws SQLException {
        return new NotificationSetting(rs.getBoolean("reminders"), rs.getObject("reminder_time", LocalTime.class),
                rs.getObject("second_reminder_time", LocalTime.class), rs.getObject("quiet_from", LocalTime.class),
                rs.getObject("quiet_until", LocalTime.class), rs.getBoolean("daily_digest"), rs.getBoolean("email"));
    }
}

package org.rehabit.notifications.domain;

import static org.rehabit.base.domain.SqlTime.instant;
import static org.rehabit.base.domain.SqlTime.instantOrNull;
import static org.rehabit.base.domain.SqlTime.timestamp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The outbox table: messages are added once per dedup key, claimed by one worker at a time, and marked. */
@Repository
public class OutboxMessages {

    private static final String COLUMNS = """
            id, kind, channel, push_subscription_id, address, subject, body_text, body_html, status, attempts,
            created_at, sent_at, last_error, expires_at""";

    private final JdbcClient jdbc;

    OutboxMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A message to add: its dedup key, recipient and address (for push, the device's name), and content (for push,
     * the title and the text, no HTML).
     */
    public record NewMessage(String letterKey, String dedupKey, Channel channel, Long pushSubscriptionId,
            long recipientId, String address, String subject, String text, String html, Instant expiresAt) {
    }

    /** Adds the message unless one with the same key exists; returns whether it was added. */
    public boolean add(String kind, NewMessage message, Instant at) {
        return addAll(kind, List.of(message), at) == 1;
    }

    /** Adds messages of one kind in one statement, but those whose key exists; returns how many were added. */
    public int addAll(String kind, List<NewMessage> added, Instant at) {
        return jdbc.sql("""
                insert into outbox_message (letter_key, dedup_key, kind, channel, push_subscription_id, recipient_id,
                                            address, subject, body_text, body_html, expires_at, created_at,
                                            next_attempt_at)
                select m.letter_key, m.dedup_key, ?, m.channel, m.push_subscription_id, m.recipient_id, m.address,
                       m.subject, m.body_text, m.body_html, m.expires_at, ?, ?
                from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], ?::varchar[],
                            ?::varchar[], ?::text[], ?::text[], ?::timestamptz[])
                     as m(letter_key, dedup_key, channel, push_subscription_id, recipient_id, address, subject,
                          body_text, body_html, expires_at)
                on conflict (dedup_key) do nothing""")
                .params(kind, timestamp(at), timestamp(at),
                        added.stream().map(NewMessage::letterKey).toArray(String[]::new),
                        added.stream().map(NewMessage::dedupKey).toArray(String[]::new),
                        added.stream().map(message -> message.channel().name()).toArray(String[]::new),
                        added.stream().map(NewMessage::pushSubscriptionId).toArray(Long[]::new),
                        added.stream().map(NewMessage::recipientId).toArray(Long[]::new),
                        added.stream().map(NewMessage::address).toArray(String[]::new),
                        added.stream().map(NewMessage::subject).toArray(String[]::new),
                        added.stream().map(NewMessage::text).toArray(String[]::new),
                        added.stream().map(NewMessage::html).toArray(String[]::new),
                        // as text: the driver takes no array of timestamps; PostgreSQL reads ISO 8601
                        added.stream().map(message -> message.expiresAt() == null ? null
                                : message.expiresAt().toString()).toArray(String[]::new))
                .update();
    }

    /** Which of these notifications are in the outbox already, by any channel (whatever became of them). */
    public Set<String> existingLetters(Collection<String> letterKeys) {
        return Set.copyOf(jdbc.sql("select distinct letter_key from outbox_message where letter_key = any(?)")
                .param(letterKeys.toArray(String[]::new)).query(String.class).list());
    }

    /**
     * Up to {@code limit} messages due now, locked until the caller's transaction ends; rows another worker holds are
     * skipped, not waited for.
     */
    public List<OutboxMessage> claimDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from outbox_message
                where status = 'PENDING' and next_attempt_at <= ?
                order by next_attempt_at, id limit ? for update skip locked""")
                .params(timestamp(now), limit).query(OutboxMessages::message).list();
    }

    /**
     * The message left (or was kept in the dev outbox). A sent message's text is not kept: it may hold an activation
     * link, and the mail server has it now.
     */
    public void delivered(long id, OutboxStatus status, Instant at) {
        jdbc.sql("""
                update outbox_message set status = ?, sent_at = ?, attempts = attempts + 1,
                       body_text = case when ? then '' else body_text end,
                       body_html = case when ? then '' else body_html end
                where id = ?""").params(status.name(), timestamp(at), status == OutboxStatus.SENT,
                status == OutboxStatus.SENT, id).update();
    }

    /** A failed attempt: tried again at {@code next}, or given up ({@code next} null). */
    public void failed(long id, String error, Instant next) {
        jdbc.sql("""
                update outbox_message set attempts = attempts + 1, last_error = ?,
                       status = case when cast(? as timestamptz) is null then 'FAILED' else 'PENDING' end,
                       next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at)
                where id = ?""").params(error, next == null ? null : timestamp(next),
                next == null ? null : timestamp(next), id).update();
    }

    /** The newest message of a kind to one recipient. */
    public Optional<OutboxMessage> latest(long recipientId, String kind) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where recipient_id = ? and kind = ? "
                + "order by id desc limit 1").params(recipientId, kind).query(OutboxMessages::message).optional();
    }

    /** The newest messages first. */
    public List<OutboxMessage> newest(int offset, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message order by id desc offset ? limit ?")
                .params(offset, limit).query(OutboxMessages::message).list();
    }

    private static OutboxMessage message(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong("id"), rs.getString("kind"), Channel.valueOf(rs.getString("channel")),
                rs.getObject("push_subscription_id", Long.class), rs.getString("address"),
                rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"),
                OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
                instantOrNull(rs, "sent_at"), rs.getString("last_error"), instantOrNull(rs, "expires_at"));
    }
}

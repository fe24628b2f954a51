package org.rehabit.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmailIgnoringCase(@Param("email") String email);

    @Query("""
            select new org.rehabit.security.domain.PatientSummary(a.id, a.username, a.displayName, a.email,
                a.enabled, a.lastLoginAt, a.activatedAt)
            from Account a
            where a.id = :patientId and a.role = org.rehabit.security.domain.Role.PATIENT
              and a.therapistId = :therapistId
            """)
    Optional<PatientSummary> findPatientOf(@Param("therapistId") long therapistId, @Param("patientId") long patientId);

    @Query("select count(a) > 0 from Account a where lower(a.email) = lower(:email)")
    boolean existsByEmailIgnoringCase(@Param("email") String email);

    List<Account> findByRoleAndEnabledTrueOrderByDisplayName(Role role);

    /** Accounts whose name, username or e-mail contains the text (case-insensitive), optionally of one role. */
    @Query(value = """
            select new org.rehabit.security.domain.AccountSummary(a.id, a.username, a.displayName, a.email, a.role,
                a.therapistId, t.displayName, a.enabled, a.createdAt, a.lastLoginAt, a.activatedAt)
            from Account a left join Account t on t.id = a.therapistId
            where (:role is null or a.role = :role)
              and (lower(a.displayName) like lower(concat('%', :text, '%')) escape '\\'
                or a.username like lower(concat('%', :text, '%')) escape '\\'
                or lower(a.email) like lower(concat('%', :text, '%')) escape '\\')
            """, countQuery = """
            select count(a) from Account a
            where (:role is null or a.role = :role)
              and (lower(a.displayName) like lower(concat('%', :text, '%')) escape '\\'
                or a.username like lower(concat('%', :text, '%')) escape '\\'
                or lower(a.email) like lower(concat('%', :text, '%')) escape '\\')
            """)
    Page<AccountSummary> search(@Param("text") String text, @Param("role") Role role, Pageable pageable);

    @Query(value = """
            select new org.rehabit.security.domain.PatientSummary(a.id, a.username, a.displayName, a.email,
                a.enabled, a.lastLoginAt, a.activatedAt)
            from Account a
            where a.role = org.rehabit.security.domain.Role.PATIENT and a.therapistId = :therapistId
              and (lower(a.displayName) like lower(concat('%', :text, '%')) escape '\\'
                or lower(a.email) like lower(concat('%', :text, '%')) escape '\\')
            """, countQuery = """
            select count(a) from Account a
            where a.role = org.rehabit.security.domain.Role.PATIENT and a.therapistId = :therapistId
              and (lower(a.displayName) like lower(concat('%', :text, '%')) escape '\\'
                or lower(a.email) like lower(concat('%', :text, '%')) escape '\\')
            """)
    Page<PatientSummary> searchPatientsOf(@Param("therapistId") long therapistId, @Param("text") String text,
            Pageable pageable);

    @Query("select count(a) from Account a where a.role = org.rehabit.security.domain.Role.PATIENT "
            + "and a.therapistId = :therapistId")
    long countPatientsOf(@Param("therapistId") long therapistId);

    /** Moves every patient of one therapist to another; pending changes are written first, and forgotten after. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Account a set a.therapistId = :to, a.version = a.version + 1 "
            + "where a.role = org.rehabit.security.domain.Role.PATIENT and a.therapistId = :from")
    int movePatients(@Param("from") long fromTherapistId, @Param("to") long toTherapistId);

    /** Sets the last sign-in time alone, so that it never writes back other columns of a copy read earlier. */
    @Modifying
    @Query("update Account a set a.lastLoginAt = :at where a.id = :id")
    int recordLogin(@Param("id") long accountId, @Param("at") Instant at);
}

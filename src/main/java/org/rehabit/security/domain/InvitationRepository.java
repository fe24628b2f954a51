package org.rehabit.security.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    /** Locks the row so that two clicks on the same link cannot both activate. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.tokenHash = :tokenHash")
    Optional<Invitation> lockByTokenHash(@Param("tokenHash") String tokenHash);

    @Query("select i from Invitation i where i.accountId = :accountId and i.usedAt is null and i.revokedAt is null")
    List<Invitation> findOpen(@Param("accountId") long accountId);
}

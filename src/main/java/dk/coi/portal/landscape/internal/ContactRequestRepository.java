package dk.coi.portal.landscape.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRequestRepository extends JpaRepository<ContactRequest, Long> {

    List<ContactRequest> findByContactIdOrderByCreatedAtDescIdDesc(long contactId);

    Optional<ContactRequest> findFirstByCaseIdAndRequesterIdAndMessageAndReplyIsNull(long caseId, long requesterId,
                                                                                      String message);

    List<ContactRequest> findByRequesterIdOrderByIdAsc(long requesterId);

    List<ContactRequest> findByRequesterIdOrderByCreatedAtDescIdDesc(long requesterId);

    List<ContactRequest> findByContactIdOrderByIdAsc(long contactId);
}

package dk.coi.portal.landscape.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContactRequestRepository extends JpaRepository<ContactRequest, Long> {

    List<ContactRequest> findByContactIdOrderByCreatedAtDescIdDesc(long contactId);

    List<ContactRequest> findByRequesterIdOrderByIdAsc(long requesterId);

    List<ContactRequest> findByContactIdOrderByIdAsc(long contactId);
}

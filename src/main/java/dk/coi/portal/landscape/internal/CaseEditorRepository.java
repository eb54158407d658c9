package dk.coi.portal.landscape.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEditorRepository extends JpaRepository<CaseEditor, CaseEditor.Key> {

    boolean existsByCaseIdAndPersonId(long caseId, long personId);

    List<CaseEditor> findByCaseId(long caseId);

    List<CaseEditor> findByPersonId(long personId);
}

package dk.coi.portal.landscape.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseEditorRepository extends JpaRepository<CaseEditor, CaseEditor.Key> {

    boolean existsByCaseIdAndPersonId(long caseId, long personId);

    List<CaseEditor> findByCaseId(long caseId);

    List<CaseEditor> findByPersonId(long personId);

    /**
     * Claims telling a co-editor they became one: 1 for the first to claim it, 0 when they were told already (the
     * event delivered again) or are no co-editor (any more).
     */
    @Modifying
    @Query(value = """
            update landscape_case_editor set told = true
            where case_id = :caseId and person_id = :personId and not told""", nativeQuery = true)
    int claimTelling(@Param("caseId") long caseId, @Param("personId") long personId);
}

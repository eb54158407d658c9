package dk.coi.portal.landscape.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.coi.portal.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trial's finding: every demo case was owned by the one demo employee (of Jobcenter Aarhus), also STAR's and
 * Copenhagen's. Each is owned by, and names as its contact, a demo employee of its own organisation; the demo accounts
 * of the README still sign in (their rows are there, with the roles they had).
 */
@PortalTest
class DemoCasesTest {

    @Autowired
    JdbcTemplate database;

    @Test
    void eachDemoCaseIsOwnedAndAnsweredForByAnEmployeeOfItsOwnOrganisation() {
        assertThat(database.query("""
                select c.title, o.email, k.email from landscape_case c join person o on o.id = c.owner_id
                join person k on k.id = c.contact_person_id
                where c.title in (?, ?, ?, ?, ?, ?) order by c.id""", (row, n) -> tuple(row.getString(1),
                row.getString(2), row.getString(3)), "Profilering af ledige med risiko for langtidsledighed",
                "Sms og app til unge ledige i Ungecenteret", "Visualisering af ydelse og arbejdstimer på Jobnet",
                DemoSpreading.KLK_PROGRAMME, "Brugerdreven innovation i Jobcenter Aarhus",
                "Innovationsambassadører i Jobcenter Odense"))
                .contains(tuple("Profilering af ledige med risiko for langtidsledighed", DemoCases.STAR,
                                DemoCases.STAR),
                        tuple("Sms og app til unge ledige i Ungecenteret", DemoCases.COPENHAGEN,
                                DemoCases.COPENHAGEN),
                        tuple("Visualisering af ydelse og arbejdstimer på Jobnet", DemoCases.STAR, DemoCases.STAR),
                        tuple(DemoSpreading.KLK_PROGRAMME, DemoCases.KLK, DemoCases.KLK),
                        tuple("Brugerdreven innovation i Jobcenter Aarhus", DemoCases.EMPLOYEE, DemoCases.EMPLOYEE),
                        tuple("Innovationsambassadører i Jobcenter Odense", DemoCases.ODENSE, DemoCases.ODENSE));
        assertThat(database.queryForList("""
                select p.email from person p join person_role r on r.person_id = p.id
                where p.email like '%@demo.coi.dk' and r.role = 'EMPLOYEE' order by p.email""", String.class))
                .contains("medarbejder@demo.coi.dk", DemoCases.STAR, DemoCases.COPENHAGEN, DemoCases.KLK,
                        DemoCases.ODENSE);
    }
}

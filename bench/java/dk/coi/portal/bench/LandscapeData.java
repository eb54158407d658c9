package dk.coi.portal.bench;

import dk.coi.portal.landscape.CaseSector;
import dk.coi.portal.landscape.CaseStage;
import dk.coi.portal.landscape.EvidenceLevel;
import dk.coi.portal.landscape.InnovationType;
import dk.coi.portal.landscape.Novelty;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * Published landscape cases written straight into the case tables by batched JDBC, as many as a benchmark needs:
 * varied Danish titles, summaries and the four qualification sections from word lists (inflected, so stemming
 * matters), spread over every organisation of the register (so over the 98 municipalities, the regions and the
 * state bodies), sectors, stages, types, evidence levels, novelty, years and tags, with published, confirmed and
 * content-changed dates and one Envers revision (an audit row per case), so the services read them as cases staff
 * published. Deterministic: the same count gives the same cases.
 */
final class LandscapeData {

    static final List<String> TAGS = List.of("digitalisering", "velfærdsteknologi", "samskabelse", "beskæftigelse",
            "sundhed", "forebyggelse", "trivsel", "inklusion", "bæredygtighed", "klima", "data", "kunstig intelligens",
            "borgerinddragelse", "frivillighed", "rekruttering", "ledelse", "tværfagligt samarbejde", "læring",
            "rehabilitering", "ensomhed", "mental sundhed", "unge", "ældre", "handicap", "integration", "sms",
            "randomiseret forsøg", "adfærdsdesign", "nudging", "automatisering", "selvbetjening", "genbrug",
            "mobilitet", "byudvikling", "kultur", "idræt", "skoledag", "dagtilbud", "pårørende", "kontrolgruppe");

    private static final String[] PREFIXES = {"Digital", "Tværfaglig", "Borgernær", "Datadrevet", "Forebyggende",
            "Sammenhængende", "Grøn", "Fleksibel", "Tidlig", "Mobil"};
    private static final String[] SUBJECTS = {"indsats", "rådgivning", "sagsbehandling", "visitation", "screening",
            "mentorordning", "læringsforløb", "velfærdsteknologi", "booking", "opfølgning", "samtaleforløb",
            "hjemmepleje", "genoptræning", "skoleplanlægning", "affaldssortering"};
    private static final String[] GROUPS = {"ledige unge", "ældre borgere", "børnefamilier", "sygemeldte",
            "skoleelever", "pårørende", "nyankomne", "virksomheder", "kronisk syge", "medarbejdere"};
    private static final String[] WHO = {"Borgerne", "Medarbejderne", "Sagsbehandlerne", "Kommunen", "Jobcentret",
            "Regionen", "Lederne", "De unge", "De ældre", "Forældrene", "Skolerne", "Sygeplejerskerne"};
    private static final String[] DID = {"udviklede sammen", "afprøvede", "evaluerede", "indførte gradvist",
            "tilpassede", "kortlagde", "målte effekten af", "spredte", "designede om", "digitaliserede"};
    private static final String[] WHAT = {"en ny innovation", "innovationen", "nye innovationer", "løsningen",
            "løsninger fra andre kommuner", "arbejdsgangen", "samtalerne", "påmindelserne på sms",
            "breve i e-Boks", "et fælles overblik", "ventetiderne", "fremmødet", "tilbuddet", "velfærdsteknologien",
            "dataene om forløbene", "borgerrejsen"};
    private static final String[] RESULT = {"så udeblivelserne faldt", "og sparede tid", "med bedre trivsel",
            "med færre genindlæggelser", "så flere kom i job", "med en kontrolgruppe", "i et randomiseret forsøg",
            "med en baseline og et mål", "så tilfredsheden steg", "uden ekstra ressourcer", "på tværs af afdelinger",
            "sammen med civilsamfundet"};
    private static final String[] CONDITION = {"Det kræver ledelsesopbakning", "Det kræver et fælles it-system",
            "Det kræver tid til oplæring", "Det kræver data af god kvalitet", "Det kræver borgernes samtykke",
            "Det kræver en tovholder", "Det kræver samarbejde med regionen", "Det kræver tilpasning af breve"};

    private LandscapeData() {
    }

    /** An organisation of the register a case may belong to. */
    record Organisation(long id, String name) {
    }

    /**
     * Writes {@code count} published cases owned by {@code ownerId} across the register's organisations, in
     * transactions of {@code batch} rows, with one revision for all of them; returns the cases' first id.
     */
    static long insert(DataSource dataSource, int count, long ownerId, int batch) throws SQLException {
        Random random = new Random(13);
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<Organisation> organisations = organisations(connection);
            long firstId = nextId(connection);
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into landscape_case (title, summary, organisation_id, partners, sector, year_started, stage,
                        innovation_type, target_group, novelty, contact_person_id, contact_role, contact_public, links,
                        tags, effect, process, conditions, documentation, evidence_level, content_changed_at, status,
                        owner_id, created_at, submitted_at, published_at, confirmed_at, version)
                    values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?, ?, ?,
                        0)""")) {
                for (int i = 0; i < count; i++) {
                    Organisation organisation = organisations.get(i % organisations.size());
                    int k = i / organisations.size();
                    Instant published = now.minus(Duration.ofMinutes(random.nextInt(8 * 365 * 24 * 60)));
                    int column = 1;
                    insert.setString(column++, title(k, organisation));
                    insert.setString(column++, paragraph(random, 3 + random.nextInt(2)));
                    insert.setLong(column++, organisation.id());
                    insert.setString(column++, pick(random, CaseSector.values(), 1.3).name());
                    insert.setShort(column++, (short) (2025 - skewed(random, 20, 1.5)));
                    insert.setString(column++, pick(random, CaseStage.values(), 1.2).name());
                    insert.setString(column++, pick(random, InnovationType.values(), 1.2).name());
                    insert.setString(column++, pick(random, GROUPS, 1.0));
                    insert.setString(column++, pick(random, Novelty.values(), 1.4).name());
                    insert.setLong(column++, ownerId);
                    insert.setString(column++, "Projektleder");
                    insert.setString(column++, random.nextInt(3) == 0 ? "https://www.example.dk/sag/" + i : null);
                    insert.setString(column++, tags(random));
                    insert.setString(column++, paragraph(random, 2 + random.nextInt(2)));
                    insert.setString(column++, paragraph(random, 2 + random.nextInt(2)));
                    insert.setString(column++, pick(random, CONDITION, 1.0) + ". " + paragraph(random, 1));
                    insert.setString(column++, paragraph(random, 1 + random.nextInt(2)));
                    insert.setString(column++, pick(random, EvidenceLevel.values(), 1.6).name());
                    insert.setTimestamp(column++, Timestamp.from(published));
                    insert.setLong(column++, ownerId);
                    insert.setTimestamp(column++, Timestamp.from(published.minus(Duration.ofDays(30))));
                    insert.setTimestamp(column++, Timestamp.from(published.minus(Duration.ofDays(7))));
                    insert.setTimestamp(column++, Timestamp.from(published));
                    insert.setTimestamp(column++, Timestamp.from(published));
                    insert.addBatch();
                    if ((i + 1) % batch == 0 || i == count - 1) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
            }
            audit(connection, firstId, ownerId, now);
            connection.commit();
            return firstId;
        }
    }

    /** One revision for the generated cases and each case's first version in the audit table. */
    private static void audit(Connection connection, long firstId, long ownerId, Instant now) throws SQLException {
        long revision;
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into revision (created_at, person_id, by_system, summary) values (?, ?, false, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, now.toEpochMilli());
            insert.setLong(2, ownerId);
            insert.setString(3, "Benchmark");
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                revision = keys.getLong(1);
            }
        }
        try (PreparedStatement copy = connection.prepareStatement("""
                insert into landscape_case_aud (id, rev, revtype, title, summary, organisation_id, partners, sector,
                    year_started, stage, innovation_type, target_group, novelty, contact_person_id, contact_role,
                    contact_public, links, tags, effect, process, conditions, documentation, evidence_level,
                    content_changed_at)
                select id, ?, 0, title, summary, organisation_id, partners, sector, year_started, stage, innovation_type,
                    target_group, novelty, contact_person_id, contact_role, contact_public, links, tags, effect, process,
                    conditions, documentation, evidence_level, content_changed_at
                from landscape_case where id >= ?""")) {
            copy.setLong(1, revision);
            copy.setLong(2, firstId);
            copy.executeUpdate();
        }
    }

    private static List<Organisation> organisations(Connection connection) throws SQLException {
        List<Organisation> found = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, name from organisation where merged_into is null order by id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                found.add(new Organisation(rows.getLong(1), rows.getString(2)));
            }
        }
        return found;
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select coalesce(max(id), 0) + 1 from landscape_case");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The {@code k}th title of an organisation: distinct for its first 1 500 cases (the unique key). */
    private static String title(int k, Organisation organisation) {
        return PREFIXES[k % PREFIXES.length] + " " + SUBJECTS[k / PREFIXES.length % SUBJECTS.length] + " for "
                + GROUPS[k / (PREFIXES.length * SUBJECTS.length) % GROUPS.length]
                + (k >= PREFIXES.length * SUBJECTS.length * GROUPS.length ? " " + k : "");
    }

    private static String paragraph(Random random, int sentences) {
        StringJoiner text = new StringJoiner(" ");
        for (int i = 0; i < sentences; i++) {
            text.add(pick(random, WHO, 1.0) + " " + pick(random, DID, 1.0) + " " + pick(random, WHAT, 1.2) + " "
                    + pick(random, RESULT, 1.0) + ".");
        }
        return text.toString();
    }

    private static String tags(Random random) {
        List<String> chosen = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        while (chosen.size() < count) {
            String tag = TAGS.get(skewed(random, TAGS.size(), 1.8));
            if (!chosen.contains(tag)) {
                chosen.add(tag);
            }
        }
        return String.join("\n", chosen);
    }

    /** One of {@code values}, the first ones more often the larger {@code skew} (1: evenly). */
    static <T> T pick(Random random, T[] values, double skew) {
        return values[skewed(random, values.length, skew)];
    }

    static int skewed(Random random, int size, double skew) {
        return Math.min(size - 1, (int) (Math.pow(random.nextDouble(), skew) * size));
    }
}

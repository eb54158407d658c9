-- The portal-wide register of public workplaces: the municipalities, the regions, the state bodies and other
-- organisations the portal's content names, and the units employees add under them. Cases, people's workplaces,
-- good stories and internships refer to an organisation by its id.
--   kind               STATE, REGION, MUNICIPALITY or OTHER (the government level; a unit has its parent's)
--   official_code      the municipality's (101–860) or region's (1081–1085) official code; null for the others
--   region_code        a municipality's region
--   municipality_code  where the organisation is located (a municipality's is its own code)
--   latitude/longitude a municipality's or region's centre for the map (WGS84)
--   added_by           the person who added a unit; null for the reference data below
--   merged_into        a duplicate merged by staff points to the organisation kept (always one that is not merged)
-- A name is unique among its parent's units (top level: parent_key 0), as Danish readers compare names
-- (utf8mb4_danish_ci: case and accents aside).
CREATE TABLE organisation (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    name              VARCHAR(200) NOT NULL,
    kind              VARCHAR(20)  NOT NULL,
    official_code     SMALLINT     NULL,
    region_code       SMALLINT     NULL,
    municipality_code SMALLINT     NULL,
    latitude          DECIMAL(7, 5) NULL,
    longitude         DECIMAL(8, 5) NULL,
    parent_id         BIGINT       NULL,
    parent_key        BIGINT AS (COALESCE(parent_id, 0)) PERSISTENT,
    innovation_unit   BOOLEAN      NOT NULL DEFAULT FALSE,
    added_by          BIGINT       NULL,
    added_at          DATETIME(6)  NOT NULL,
    merged_into       BIGINT       NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_organisation_official_code UNIQUE (official_code),
    CONSTRAINT uq_organisation_name_under_parent UNIQUE (parent_key, name),
    INDEX ix_organisation_name (name),
    INDEX ix_organisation_municipality (municipality_code),
    INDEX ix_organisation_innovation_unit (innovation_unit),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_merged_into FOREIGN KEY (merged_into) REFERENCES organisation (id),
    CONSTRAINT fk_organisation_added_by FOREIGN KEY (added_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_danish_ci;

-- The 5 regions and the 98 municipalities with their official codes (Danmarks Statistik's classification of
-- regions and municipalities, in force since 2007). Centre coordinates (WGS84, 5 decimals): the seat of each
-- region's council and the town hall's town of each municipality, written from general geographic knowledge
-- (no package with the table was reachable from the build machine); good to the town, which is what the map's
-- markers need. OrganisationReferenceDataTest checks the codes, the regions and Denmark's bounding box.
INSERT INTO organisation (name, kind, official_code, latitude, longitude, added_at) VALUES
    ('Region Nordjylland', 'REGION', 1081, 57.04880, 9.92170, '2026-01-01'),
    ('Region Midtjylland', 'REGION', 1082, 56.45320, 9.40200, '2026-01-01'),
    ('Region Syddanmark', 'REGION', 1083, 55.70930, 9.53570, '2026-01-01'),
    ('Region Hovedstaden', 'REGION', 1084, 55.92670, 12.31080, '2026-01-01'),
    ('Region Sjælland', 'REGION', 1085, 55.43180, 11.55520, '2026-01-01');

INSERT INTO organisation (official_code, name, region_code, latitude, longitude, kind, municipality_code, added_at) VALUES
    (101, 'Københavns Kommune', 1084, 55.67610, 12.56830, 'MUNICIPALITY', 101, '2026-01-01'),
    (147, 'Frederiksberg Kommune', 1084, 55.67860, 12.53180, 'MUNICIPALITY', 147, '2026-01-01'),
    (151, 'Ballerup Kommune', 1084, 55.73170, 12.36330, 'MUNICIPALITY', 151, '2026-01-01'),
    (153, 'Brøndby Kommune', 1084, 55.64860, 12.41860, 'MUNICIPALITY', 153, '2026-01-01'),
    (155, 'Dragør Kommune', 1084, 55.59360, 12.67220, 'MUNICIPALITY', 155, '2026-01-01'),
    (157, 'Gentofte Kommune', 1084, 55.75030, 12.54970, 'MUNICIPALITY', 157, '2026-01-01'),
    (159, 'Gladsaxe Kommune', 1084, 55.73170, 12.48930, 'MUNICIPALITY', 159, '2026-01-01'),
    (161, 'Glostrup Kommune', 1084, 55.66670, 12.40000, 'MUNICIPALITY', 161, '2026-01-01'),
    (163, 'Herlev Kommune', 1084, 55.72360, 12.44000, 'MUNICIPALITY', 163, '2026-01-01'),
    (165, 'Albertslund Kommune', 1084, 55.65690, 12.36360, 'MUNICIPALITY', 165, '2026-01-01'),
    (167, 'Hvidovre Kommune', 1084, 55.65720, 12.47360, 'MUNICIPALITY', 167, '2026-01-01'),
    (169, 'Høje-Taastrup Kommune', 1084, 55.65030, 12.29190, 'MUNICIPALITY', 169, '2026-01-01'),
    (173, 'Lyngby-Taarbæk Kommune', 1084, 55.77040, 12.50380, 'MUNICIPALITY', 173, '2026-01-01'),
    (175, 'Rødovre Kommune', 1084, 55.68060, 12.45370, 'MUNICIPALITY', 175, '2026-01-01'),
    (183, 'Ishøj Kommune', 1084, 55.61500, 12.35170, 'MUNICIPALITY', 183, '2026-01-01'),
    (185, 'Tårnby Kommune', 1084, 55.63000, 12.60000, 'MUNICIPALITY', 185, '2026-01-01'),
    (187, 'Vallensbæk Kommune', 1084, 55.62330, 12.38500, 'MUNICIPALITY', 187, '2026-01-01'),
    (190, 'Furesø Kommune', 1084, 55.80830, 12.36000, 'MUNICIPALITY', 190, '2026-01-01'),
    (201, 'Allerød Kommune', 1084, 55.87000, 12.35000, 'MUNICIPALITY', 201, '2026-01-01'),
    (210, 'Fredensborg Kommune', 1084, 55.97530, 12.40420, 'MUNICIPALITY', 210, '2026-01-01'),
    (217, 'Helsingør Kommune', 1084, 56.03610, 12.61360, 'MUNICIPALITY', 217, '2026-01-01'),
    (219, 'Hillerød Kommune', 1084, 55.92670, 12.31080, 'MUNICIPALITY', 219, '2026-01-01'),
    (223, 'Hørsholm Kommune', 1084, 55.88080, 12.50110, 'MUNICIPALITY', 223, '2026-01-01'),
    (230, 'Rudersdal Kommune', 1084, 55.81360, 12.47170, 'MUNICIPALITY', 230, '2026-01-01'),
    (240, 'Egedal Kommune', 1084, 55.79560, 12.15940, 'MUNICIPALITY', 240, '2026-01-01'),
    (250, 'Frederikssund Kommune', 1084, 55.83960, 12.06900, 'MUNICIPALITY', 250, '2026-01-01'),
    (253, 'Greve Kommune', 1085, 55.58330, 12.30000, 'MUNICIPALITY', 253, '2026-01-01'),
    (259, 'Køge Kommune', 1085, 55.45800, 12.18210, 'MUNICIPALITY', 259, '2026-01-01'),
    (260, 'Halsnæs Kommune', 1084, 55.97000, 12.02250, 'MUNICIPALITY', 260, '2026-01-01'),
    (265, 'Roskilde Kommune', 1085, 55.64150, 12.08030, 'MUNICIPALITY', 265, '2026-01-01'),
    (269, 'Solrød Kommune', 1085, 55.53330, 12.21670, 'MUNICIPALITY', 269, '2026-01-01'),
    (270, 'Gribskov Kommune', 1084, 56.02250, 12.19720, 'MUNICIPALITY', 270, '2026-01-01'),
    (306, 'Odsherred Kommune', 1085, 55.92470, 11.66970, 'MUNICIPALITY', 306, '2026-01-01'),
    (316, 'Holbæk Kommune', 1085, 55.71670, 11.71670, 'MUNICIPALITY', 316, '2026-01-01'),
    (320, 'Faxe Kommune', 1085, 55.25530, 12.11890, 'MUNICIPALITY', 320, '2026-01-01'),
    (326, 'Kalundborg Kommune', 1085, 55.67950, 11.08860, 'MUNICIPALITY', 326, '2026-01-01'),
    (329, 'Ringsted Kommune', 1085, 55.44260, 11.79000, 'MUNICIPALITY', 329, '2026-01-01'),
    (330, 'Slagelse Kommune', 1085, 55.40280, 11.35460, 'MUNICIPALITY', 330, '2026-01-01'),
    (336, 'Stevns Kommune', 1085, 55.30970, 12.38890, 'MUNICIPALITY', 336, '2026-01-01'),
    (340, 'Sorø Kommune', 1085, 55.43180, 11.55520, 'MUNICIPALITY', 340, '2026-01-01'),
    (350, 'Lejre Kommune', 1085, 55.60470, 11.97470, 'MUNICIPALITY', 350, '2026-01-01'),
    (360, 'Lolland Kommune', 1085, 54.77610, 11.50080, 'MUNICIPALITY', 360, '2026-01-01'),
    (370, 'Næstved Kommune', 1085, 55.22990, 11.76090, 'MUNICIPALITY', 370, '2026-01-01'),
    (376, 'Guldborgsund Kommune', 1085, 54.76910, 11.87420, 'MUNICIPALITY', 376, '2026-01-01'),
    (390, 'Vordingborg Kommune', 1085, 55.00870, 11.91130, 'MUNICIPALITY', 390, '2026-01-01'),
    (400, 'Bornholms Regionskommune', 1084, 55.10090, 14.70660, 'MUNICIPALITY', 400, '2026-01-01'),
    (410, 'Middelfart Kommune', 1083, 55.50580, 9.73060, 'MUNICIPALITY', 410, '2026-01-01'),
    (420, 'Assens Kommune', 1083, 55.27000, 9.90000, 'MUNICIPALITY', 420, '2026-01-01'),
    (430, 'Faaborg-Midtfyn Kommune', 1083, 55.09500, 10.24220, 'MUNICIPALITY', 430, '2026-01-01'),
    (440, 'Kerteminde Kommune', 1083, 55.44900, 10.65740, 'MUNICIPALITY', 440, '2026-01-01'),
    (450, 'Nyborg Kommune', 1083, 55.31270, 10.78960, 'MUNICIPALITY', 450, '2026-01-01'),
    (461, 'Odense Kommune', 1083, 55.39590, 10.38830, 'MUNICIPALITY', 461, '2026-01-01'),
    (479, 'Svendborg Kommune', 1083, 55.05980, 10.60680, 'MUNICIPALITY', 479, '2026-01-01'),
    (480, 'Nordfyns Kommune', 1083, 55.56670, 10.08330, 'MUNICIPALITY', 480, '2026-01-01'),
    (482, 'Langeland Kommune', 1083, 54.93640, 10.71000, 'MUNICIPALITY', 482, '2026-01-01'),
    (492, 'Ærø Kommune', 1083, 54.88800, 10.41220, 'MUNICIPALITY', 492, '2026-01-01'),
    (510, 'Haderslev Kommune', 1083, 55.24940, 9.48750, 'MUNICIPALITY', 510, '2026-01-01'),
    (530, 'Billund Kommune', 1083, 55.73060, 9.11530, 'MUNICIPALITY', 530, '2026-01-01'),
    (540, 'Sønderborg Kommune', 1083, 54.91380, 9.79220, 'MUNICIPALITY', 540, '2026-01-01'),
    (550, 'Tønder Kommune', 1083, 54.93310, 8.86670, 'MUNICIPALITY', 550, '2026-01-01'),
    (561, 'Esbjerg Kommune', 1083, 55.47650, 8.45940, 'MUNICIPALITY', 561, '2026-01-01'),
    (563, 'Fanø Kommune', 1083, 55.44500, 8.40000, 'MUNICIPALITY', 563, '2026-01-01'),
    (573, 'Varde Kommune', 1083, 55.62000, 8.48060, 'MUNICIPALITY', 573, '2026-01-01'),
    (575, 'Vejen Kommune', 1083, 55.48140, 9.13810, 'MUNICIPALITY', 575, '2026-01-01'),
    (580, 'Aabenraa Kommune', 1083, 55.04430, 9.41740, 'MUNICIPALITY', 580, '2026-01-01'),
    (607, 'Fredericia Kommune', 1083, 55.56570, 9.75260, 'MUNICIPALITY', 607, '2026-01-01'),
    (615, 'Horsens Kommune', 1082, 55.86070, 9.85030, 'MUNICIPALITY', 615, '2026-01-01'),
    (621, 'Kolding Kommune', 1083, 55.49040, 9.47220, 'MUNICIPALITY', 621, '2026-01-01'),
    (630, 'Vejle Kommune', 1083, 55.70930, 9.53570, 'MUNICIPALITY', 630, '2026-01-01'),
    (657, 'Herning Kommune', 1082, 56.13930, 8.97380, 'MUNICIPALITY', 657, '2026-01-01'),
    (661, 'Holstebro Kommune', 1082, 56.36010, 8.61610, 'MUNICIPALITY', 661, '2026-01-01'),
    (665, 'Lemvig Kommune', 1082, 56.54860, 8.31020, 'MUNICIPALITY', 665, '2026-01-01'),
    (671, 'Struer Kommune', 1082, 56.49130, 8.59380, 'MUNICIPALITY', 671, '2026-01-01'),
    (706, 'Syddjurs Kommune', 1082, 56.19440, 10.68210, 'MUNICIPALITY', 706, '2026-01-01'),
    (707, 'Norddjurs Kommune', 1082, 56.41580, 10.87830, 'MUNICIPALITY', 707, '2026-01-01'),
    (710, 'Favrskov Kommune', 1082, 56.26670, 10.06670, 'MUNICIPALITY', 710, '2026-01-01'),
    (727, 'Odder Kommune', 1082, 55.97310, 10.15360, 'MUNICIPALITY', 727, '2026-01-01'),
    (730, 'Randers Kommune', 1082, 56.46070, 10.03640, 'MUNICIPALITY', 730, '2026-01-01'),
    (740, 'Silkeborg Kommune', 1082, 56.16970, 9.54510, 'MUNICIPALITY', 740, '2026-01-01'),
    (741, 'Samsø Kommune', 1082, 55.83330, 10.58330, 'MUNICIPALITY', 741, '2026-01-01'),
    (746, 'Skanderborg Kommune', 1082, 56.03440, 9.93070, 'MUNICIPALITY', 746, '2026-01-01'),
    (751, 'Aarhus Kommune', 1082, 56.15670, 10.21080, 'MUNICIPALITY', 751, '2026-01-01'),
    (756, 'Ikast-Brande Kommune', 1082, 56.13880, 9.15770, 'MUNICIPALITY', 756, '2026-01-01'),
    (760, 'Ringkøbing-Skjern Kommune', 1082, 56.08970, 8.24420, 'MUNICIPALITY', 760, '2026-01-01'),
    (766, 'Hedensted Kommune', 1082, 55.77000, 9.70110, 'MUNICIPALITY', 766, '2026-01-01'),
    (773, 'Morsø Kommune', 1081, 56.79500, 8.85940, 'MUNICIPALITY', 773, '2026-01-01'),
    (779, 'Skive Kommune', 1082, 56.56670, 9.03330, 'MUNICIPALITY', 779, '2026-01-01'),
    (787, 'Thisted Kommune', 1081, 56.95520, 8.69450, 'MUNICIPALITY', 787, '2026-01-01'),
    (791, 'Viborg Kommune', 1082, 56.45320, 9.40200, 'MUNICIPALITY', 791, '2026-01-01'),
    (810, 'Brønderslev Kommune', 1081, 57.27000, 9.94110, 'MUNICIPALITY', 810, '2026-01-01'),
    (813, 'Frederikshavn Kommune', 1081, 57.44070, 10.53660, 'MUNICIPALITY', 813, '2026-01-01'),
    (820, 'Vesthimmerlands Kommune', 1081, 56.80310, 9.51780, 'MUNICIPALITY', 820, '2026-01-01'),
    (825, 'Læsø Kommune', 1081, 57.25500, 11.00000, 'MUNICIPALITY', 825, '2026-01-01'),
    (840, 'Rebild Kommune', 1081, 56.88670, 9.82830, 'MUNICIPALITY', 840, '2026-01-01'),
    (846, 'Mariagerfjord Kommune', 1081, 56.63890, 9.79330, 'MUNICIPALITY', 846, '2026-01-01'),
    (849, 'Jammerbugt Kommune', 1081, 57.16250, 9.73030, 'MUNICIPALITY', 849, '2026-01-01'),
    (851, 'Aalborg Kommune', 1081, 57.04880, 9.92170, 'MUNICIPALITY', 851, '2026-01-01'),
    (860, 'Hjørring Kommune', 1081, 57.46420, 9.98220, 'MUNICIPALITY', 860, '2026-01-01');

-- The state bodies and other organisations the portal's seed material names, and the Copenhagen units behind its
-- SMS pilot. KLK is KL's consultancy (www.kl.dk/klk); STAR owns Jobnet.
INSERT INTO organisation (name, kind, added_at) VALUES
    ('Beskæftigelsesministeriet', 'STATE', '2026-01-01'),
    ('Økonomi- og Indenrigsministeriet', 'STATE', '2026-01-01'),
    ('Digitaliseringsstyrelsen', 'STATE', '2026-01-01'),
    ('Naturstyrelsen', 'STATE', '2026-01-01'),
    ('KL – Kommunernes Landsforening', 'OTHER', '2026-01-01'),
    ('Danske Regioner', 'OTHER', '2026-01-01'),
    ('PensionDanmark', 'OTHER', '2026-01-01');
INSERT INTO organisation (name, kind, innovation_unit, added_at) VALUES
    ('COI – Center for Offentlig Innovation', 'OTHER', TRUE, '2026-01-01');
INSERT INTO organisation (name, kind, parent_id, added_at)
SELECT 'STAR – Styrelsen for Arbejdsmarked og Rekruttering', 'STATE', id, '2026-01-01' FROM organisation
WHERE name = 'Beskæftigelsesministeriet';
INSERT INTO organisation (name, kind, parent_id, added_at)
SELECT 'KLK – KL''s konsulentvirksomhed', 'OTHER', id, '2026-01-01' FROM organisation
WHERE name = 'KL – Kommunernes Landsforening';
INSERT INTO organisation (name, kind, parent_id, municipality_code, added_at)
SELECT 'Jobcenter København', 'MUNICIPALITY', id, 101, '2026-01-01' FROM organisation WHERE official_code = 101;
INSERT INTO organisation (name, kind, parent_id, municipality_code, added_at)
SELECT 'Ungecenteret', 'MUNICIPALITY', id, 101, '2026-01-01' FROM organisation WHERE name = 'Jobcenter København';

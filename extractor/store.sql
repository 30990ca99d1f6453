-- The extractor SQLite store (schema version 2: version 1 plus the record 1.1 columns, added to
-- older stores when they are opened). One row per document, and one row per
-- extracted item, each keyed by (doc_id, item id) with the item ids of the v1 record
-- ("a1", "p2", "s3", "q1", "st1"). Offsets are into the document's extracted text.
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS documents (
    id            TEXT PRIMARY KEY,
    source        TEXT,
    format        TEXT NOT NULL,          -- text | html | pdf
    published     TEXT,                   -- YYYY-MM-DD or NULL
    sha256        TEXT NOT NULL,          -- of the extracted text
    input_sha256  TEXT,                   -- of the input (file bytes or JSONL text): resume key
    length        INTEGER NOT NULL,
    pages         INTEGER,                -- PDFs: number of pages read
    status        TEXT NOT NULL,          -- ok | error
    record        TEXT NOT NULL,          -- the whole record as JSON
    published_from TEXT                   -- metadata | dateline | argument | NULL
);

CREATE TABLE IF NOT EXISTS errors (
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code     TEXT NOT NULL,
    message  TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS areas (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id        TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    code      TEXT,                       -- ONS GSS code or NULL
    mentions  INTEGER NOT NULL,
    first_start INTEGER, first_end INTEGER, first_page INTEGER,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE IF NOT EXISTS periods (
    doc_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id      TEXT NOT NULL,
    kind    TEXT NOT NULL,
    value   TEXT,                         -- ISO 8601 or NULL when unresolved
    text    TEXT NOT NULL,
    start   INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER,
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE IF NOT EXISTS statistics (
    doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       REAL NOT NULL,
    qualifier   TEXT,
    per         INTEGER,
    population  TEXT,
    measure     TEXT,
    area_id     TEXT,
    period_id   TEXT,
    text        TEXT NOT NULL,            -- the whole expression
    number      TEXT NOT NULL,            -- the number as written
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER,
    sentence    TEXT,
    rule TEXT NOT NULL, area_rule TEXT, period_rule TEXT,
    high        REAL,                     -- high end of a range, or NULL
    direction   TEXT,                     -- up | down | NULL
    currency    TEXT,                     -- ISO 4217 for money
    unit        TEXT,                     -- a quantity's unit (km, tonnes, °C) or percentage_point
    PRIMARY KEY (doc_id, id),
    FOREIGN KEY (doc_id, area_id) REFERENCES areas(doc_id, id),
    FOREIGN KEY (doc_id, period_id) REFERENCES periods(doc_id, id)
);

CREATE TABLE IF NOT EXISTS quotes (
    doc_id        TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id            TEXT NOT NULL,
    kind          TEXT NOT NULL,          -- quote | statement
    text          TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER,
    paragraphs    INTEGER NOT NULL,
    speaker_name  TEXT, speaker_description TEXT, speaker_role TEXT, speaker_organisation TEXT,
    cue TEXT, rule TEXT NOT NULL, confidence REAL,
    partial       INTEGER,                -- 1: a quoted fragment inside reported speech
    PRIMARY KEY (doc_id, id)
);

CREATE TABLE IF NOT EXISTS checks (
    doc_id       TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    id           TEXT NOT NULL,
    kind         TEXT NOT NULL,
    status       TEXT NOT NULL,           -- pass | fail | unverifiable
    statistics   TEXT NOT NULL,           -- JSON list of statistic ids
    expected     REAL, found REAL, tolerance REAL,
    explanation  TEXT NOT NULL,
    PRIMARY KEY (doc_id, id)
);

CREATE INDEX IF NOT EXISTS areas_code ON areas(code);
CREATE INDEX IF NOT EXISTS periods_value ON periods(value);
CREATE INDEX IF NOT EXISTS statistics_measure ON statistics(measure);
CREATE INDEX IF NOT EXISTS statistics_area ON statistics(doc_id, area_id);
CREATE INDEX IF NOT EXISTS statistics_period ON statistics(doc_id, period_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_name);
CREATE INDEX IF NOT EXISTS errors_code ON errors(code);

-- One row per statistic with its area and period spelt out: what `extractor export` writes.
DROP VIEW IF EXISTS statistics_flat;
CREATE VIEW statistics_flat AS
SELECT s.doc_id, d.source, d.published, s.id AS stat_id, s.kind, s.value, s.high, s.direction, s.currency, s.unit,
       s.qualifier, s.per,
       s.population, s.measure, a.name AS area, a.code AS area_code, a.type AS area_type,
       p.value AS period, p.kind AS period_kind, p.text AS period_text,
       s.text, s.number, s.start, s."end", s.page, s.sentence, s.rule, s.area_rule, s.period_rule
FROM statistics s
JOIN documents d ON d.id = s.doc_id
LEFT JOIN areas a ON a.doc_id = s.doc_id AND a.id = s.area_id
LEFT JOIN periods p ON p.doc_id = s.doc_id AND p.id = s.period_id;

-- Learner progress. Timestamps are UTC instants with millisecond precision. Tables named *_log or
-- holding history are append-only (a row is never changed), so merging two machines is a union; the
-- other tables hold the latest state of something and merge by their changed_at / updated_at time.

-- One row: the save counter, raised by every write transaction and written into every backup's name,
-- so a file that fell back to an older state is recognised as older than its newest backup.
CREATE TABLE store_meta (
    id            INT PRIMARY KEY CHECK (id = 1),
    store_id      VARCHAR(32) NOT NULL,
    save_counter  BIGINT NOT NULL
);
INSERT INTO store_meta (id, store_id, save_counter)
VALUES (1, SUBSTRING(REPLACE(CAST(RANDOM_UUID() AS VARCHAR), '-', ''), 1, 16), 0);

CREATE TABLE lesson_visits (
    track_id    VARCHAR(200) NOT NULL,
    lesson_id   VARCHAR(200) NOT NULL,
    visited_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (track_id, lesson_id, visited_at)
);

CREATE TABLE lesson_completions (
    track_id         VARCHAR(200) NOT NULL,
    lesson_id        VARCHAR(200) NOT NULL,
    completed        BOOLEAN NOT NULL,
    content_version  INT NOT NULL,
    changed_at       TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (track_id, lesson_id)
);

CREATE TABLE checklist_ticks (
    track_id    VARCHAR(200) NOT NULL,
    lesson_id   VARCHAR(200) NOT NULL,
    item_id     VARCHAR(200) NOT NULL,
    ticked      BOOLEAN NOT NULL,
    changed_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (track_id, lesson_id, item_id)
);

-- "Can you explain this in 30 seconds?" 1..5; item_id '' rates the lesson as a whole.
CREATE TABLE confidence_ratings (
    track_id   VARCHAR(200) NOT NULL,
    lesson_id  VARCHAR(200) NOT NULL,
    item_id    VARCHAR(200) NOT NULL,
    rated_at   TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    rating     SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    PRIMARY KEY (track_id, lesson_id, item_id, rated_at)
);

CREATE TABLE question_answers (
    track_id     VARCHAR(200) NOT NULL,
    lesson_id    VARCHAR(200) NOT NULL,
    question_id  VARCHAR(200) NOT NULL,
    answered_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    kind         VARCHAR(20) NOT NULL CHECK (kind IN ('SELF_CHECK', 'MULTIPLE_CHOICE')),
    answer       VARCHAR(100000) NOT NULL,
    correct      BOOLEAN,
    PRIMARY KEY (track_id, lesson_id, question_id, answered_at)
);

CREATE TABLE exercise_attempts (
    track_id          VARCHAR(200) NOT NULL,
    exercise_id       VARCHAR(200) NOT NULL,
    attempted_at      TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    sql_text          VARCHAR(2000000) NOT NULL,
    verdict           VARCHAR(40) NOT NULL,
    time_taken_ms     BIGINT NOT NULL CHECK (time_taken_ms >= 0),
    hints_used        INT NOT NULL CHECK (hints_used >= 0),
    solution_peeked   BOOLEAN NOT NULL,
    PRIMARY KEY (track_id, exercise_id, attempted_at)
);

CREATE TABLE flashcard_states (
    track_id     VARCHAR(200) NOT NULL,
    lesson_id    VARCHAR(200) NOT NULL,
    card_id      VARCHAR(200) NOT NULL,
    state        VARCHAR(20) NOT NULL CHECK (state IN ('LEARNING', 'REVIEW', 'RELEARNING')),
    step         INT NOT NULL,
    stability    DOUBLE PRECISION NOT NULL,
    difficulty   DOUBLE PRECISION NOT NULL,
    due          TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    last_review  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    reps         INT NOT NULL,
    lapses       INT NOT NULL,
    PRIMARY KEY (track_id, lesson_id, card_id)
);
CREATE INDEX flashcard_states_due ON flashcard_states (due);

CREATE TABLE flashcard_review_log (
    track_id        VARCHAR(200) NOT NULL,
    lesson_id       VARCHAR(200) NOT NULL,
    card_id         VARCHAR(200) NOT NULL,
    reviewed_at     TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    rating          SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 4),
    state_before    VARCHAR(20) NOT NULL,
    state_after     VARCHAR(20) NOT NULL,
    elapsed_days    BIGINT NOT NULL,
    interval_secs   BIGINT NOT NULL,
    stability       DOUBLE PRECISION NOT NULL,
    difficulty      DOUBLE PRECISION NOT NULL,
    duration_ms     BIGINT,
    PRIMARY KEY (track_id, lesson_id, card_id, reviewed_at)
);
CREATE INDEX flashcard_review_log_time ON flashcard_review_log (reviewed_at);

-- An empty body with a later updated_at is a deleted note, so a delete survives a merge.
CREATE TABLE lesson_notes (
    track_id    VARCHAR(200) NOT NULL,
    lesson_id   VARCHAR(200) NOT NULL,
    body        VARCHAR(1000000) NOT NULL,
    updated_at  TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (track_id, lesson_id)
);

ALTER TABLE settings ALTER COLUMN updated_at SET DATA TYPE TIMESTAMP(3) WITH TIME ZONE;

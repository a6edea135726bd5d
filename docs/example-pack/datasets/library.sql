-- library: a lending library with members, books and loans, for the example pack.
-- Deterministic: every value comes from generate_series and arithmetic.
CREATE SCHEMA library;

CREATE TABLE library.members (
    member_id integer PRIMARY KEY,
    name      text    NOT NULL,
    joined_on date    NOT NULL
);

CREATE TABLE library.books (
    book_id        integer PRIMARY KEY,
    title          text    NOT NULL,
    author         text    NOT NULL,
    published_year integer CHECK (published_year BETWEEN 1450 AND 2100)
);

CREATE TABLE library.loans (
    loan_id     integer PRIMARY KEY,
    book_id     integer NOT NULL REFERENCES library.books (book_id),
    member_id   integer NOT NULL REFERENCES library.members (member_id),
    loaned_on   date    NOT NULL,
    due_on      date    NOT NULL,
    returned_on date,
    CHECK (due_on > loaned_on),
    CHECK (returned_on >= loaned_on)
);

INSERT INTO library.members (member_id, name, joined_on)
SELECT i,
       (ARRAY['Ada', 'Ben', 'Chen', 'Dana', 'Emil', 'Fatima', 'Gus', 'Hiro'])[1 + i % 8] || ' '
           || (ARRAY['Lovelace', 'Okafor', 'Nguyen', 'Schulz', 'Rossi', 'Haddad', 'Berg'])[1 + i % 7],
       date '2020-01-01' + i * 3
FROM generate_series(1, 500) AS i;

INSERT INTO library.books (book_id, title, author, published_year)
SELECT i,
       (ARRAY['The Quiet', 'A Brief', 'The Lost', 'Modern', 'The Hidden'])[1 + i % 5] || ' '
           || (ARRAY['River', 'Garden', 'Index', 'Query', 'Atlas', 'Harbour'])[1 + i % 6] || ' ' || i,
       (ARRAY['M. Stone', 'R. Kaur', 'J. Alvarez', 'T. Novak', 'L. Moreau'])[1 + i % 5],
       1900 + (i * 7) % 125
FROM generate_series(1, 2000) AS i;

-- 20,000 loans from January 2024 to February 2025, three weeks each. "Today" is 10 March 2025: one loan
-- in thirteen was never returned, nor was anything lent after 14 February.
INSERT INTO library.loans (loan_id, book_id, member_id, loaned_on, due_on, returned_on)
SELECT i,
       1 + (i * 7919) % 2000,
       1 + (i * 104729) % 500,
       date '2024-01-01' + i * 7 / 330,
       date '2024-01-01' + i * 7 / 330 + 21,
       CASE WHEN i % 13 = 0 OR date '2024-01-01' + i * 7 / 330 > date '2025-02-14' THEN NULL
            ELSE date '2024-01-01' + i * 7 / 330 + i % 20
       END
FROM generate_series(1, 20000) AS i;

CREATE INDEX loans_member_id_idx ON library.loans (member_id);

ANALYZE library.members, library.books, library.loans;

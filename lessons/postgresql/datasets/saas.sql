-- saas: a multi-tenant project tracker sold as a service, the PostgreSQL track's second dataset. The
-- lessons on dates and time zones, JSONB, arrays, roles and row-level security, GIN indexes, query
-- tuning and partitioning practise on it.
--
-- Every value is derived from generate_series with integer arithmetic (pg_temp.roll below: a cubic
-- polynomial modulo the prime 1,000,003); no random(), no now(), no extension. Every install is
-- identical on PostgreSQL 15 and later, and the script runs as the database owner (no superuser).
-- Names are always schema-qualified; learners reach the tables through search_path = saas, public.
--
-- "Today" is Monday 2025-06-30. Every timestamp is before 2025-07-01 00:00:00 UTC; only tasks' due
-- dates and the periods of July's draft invoices lie ahead. Times are stored as timestamptz; each
-- tenant's local zone is tenants.settings->>'timezone'.
--
-- Tables and their rows (SaasDatasetTest checks every number and fact in this header):
--   tenants          40  customer organisations: slug, plan (free/team/enterprise), region, settings jsonb
--   users         4,000  people in a tenant; e-mail unique per tenant ignoring case
--   projects      1,200  tags text[]; archived_at NULL while active
--   tasks        40,000  status todo/doing/done/cancelled, priority 1 (urgent) to 4, tags text[]
--   events      122,950  activity log of the last 12 months, 2024-07-01 to 2025-06-30 UTC; payload jsonb
--   subscriptions    92  plan history; a subscription covers [started_on, ended_on), NULL = current
--   invoices        921  monthly bills for paid plans; the period is [period_start, period_end)
--   api_requests 30,000  partitioned by month: api_requests_2025_01 .. api_requests_2025_06 hold
--                        2025-01-01 to 2025-06-30; api_requests_default holds 30 late rows of 2024-12-31
-- Every tenant-owned table has tenant_id. Keys are identity columns; references between tenant-owned
-- tables are composite, (tenant_id, x_id) -> (tenant_id, x_id), so a row can never point into another
-- tenant. Deleting a tenant deletes everything it owns; deleting a user sets tasks.assignee_id,
-- users.manager_id and events.user_id to NULL (ON DELETE SET NULL (column), PostgreSQL 15+).
--
-- Sizes are skewed on purpose:
--   helio-logistics (tenant_id 4) is the big one: 1,200 users, 280 projects, 12,800 tasks and exactly
--     half of all events (61,475), 34,456 of them 'integration.sync' system events (user_id NULL).
--   kaizen-robotics (5): 700 users; bluefin-media (3): 500 users and 40% of the API requests
--     (11,964), including every 429 (rate limited) response.
--   32 small tenants have 1 to 70 users. fresh-start (40) signed up on 2025-06-29 and has no projects;
--   juniper-trial (39) has one project and no tasks.
--   Plans: 12 free, 23 team, 5 enterprise. tenants.plan equals the plan of the tenant's one open
--   subscription. Free tenants make no API requests.
--
-- tenants.settings (jsonb): locale, week_starts_on, features {time_tracking, audit_log, guest_access}
--   (booleans; guest_access is true exactly for the tenants that have guests), notifications {digest},
--   retention_days, timezone; "sso" {provider, enforced} only for the 5 enterprise tenants, "beta" (an
--   array) for 7 tenants.
--   acorn-legal (2) has no "timezone" key (treat it as UTC). "retention_days" is JSON null (not a
--   missing key) for enterprise tenants: kept forever. Zones include Europe/Berlin, Europe/London,
--   America/New_York, America/Los_Angeles, Asia/Tokyo, Asia/Kolkata (+05:30), Asia/Kathmandu (+05:45),
--   Australia/Sydney and Pacific/Auckland (southern summer time).
--
-- users: exactly one owner per tenant, created with the tenant; then admins, members and 338 guests
--   (external e-mail domains, never a manager, never a project owner).
--   last_login_at NULL: 316 users were invited and never logged in. deactivated_at set: 229 users;
--     they keep their tasks and events.
--   manager_id: a tree inside each tenant (recursive CTEs); NULL for the owners, the guests and 151
--     others (529 in all).
--   Duplicates: tenants 4, 8, 12, 24 and 32 each have two users with the same full_name (the later
--     one's e-mail has a "2"); mira.okafor@northstar-consulting.example is a guest in tenants 3, 4, 5,
--     9 and 12, and nine other guest e-mails appear in two tenants. 229 e-mails have capitals
--     (Noah.Smith@...): compare with lower(email), which the unique index uses too.
-- projects: 281 archived; 106 have no tasks; 264 have no tags ('{}', never NULL).
-- tasks: done 29,810, cancelled 3,687, todo 3,556, doing 2,947; completed_at is set exactly when
--   status = 'done'. NULL means: assignee_id unassigned (4,813), estimate_hours not estimated (11,748),
--   due_date no due date (17,958). 285 open tasks (todo/doing) are assigned to deactivated users, 209
--   open tasks sit in archived projects, 2,748 open tasks are overdue, 52 tasks are due on 2025-06-30
--   and 24 on 2024-02-29. tags: bug, feature, tech-debt, backend, frontend, mobile, infra, customer,
--   ux, performance, docs, blocked; rare ones for selective GIN lookups: security (750), gdpr (99);
--   4,570 tasks have none ('{}').
-- events: event_id follows occurred_at. user_id NULL = a system event. Payload shapes by kind:
--   task.created         {"task_id", "project_id", "priority", "tags": [...]}  at the task's created_at
--   task.status_changed  {"task_id", "from", "to"}, plus "via": "automation" when user_id is NULL;
--                        the change to "done" is at the task's completed_at
--   task.assigned        {"task_id", "assignee_id", "previous_assignee_id": a number or JSON null}
--   task.commented       {"task_id", "length", "mentions": [user ids]}
--   project.created, project.archived  {"project_id", "name"}
--   user.invited         {"invited_user_id", "email", "role"}  at the user's created_at
--   user.login           {"ip", "method": "password"|"sso"|"magic_link", "client": {"app", "version"},
--                        "mfa": boolean}; "mfa" is missing before 2024-10-01. A user's latest
--                        user.login is at users.last_login_at (when that is within the 12 months)
--   invoice.issued       {"invoice_id", "amount", "period_start"}  at 00:00:00 UTC on the period start
--   invoice.paid         {"invoice_id", "amount", "method"}
--   integration.sync     {"integration", "direction", "records", "status"}, plus "error" {"code",
--                        "retry_in_s"} when status = 'failed'; helio-logistics only
--   319 events happened exactly at midnight UTC: the 317 invoice.issued events and two others.
-- Billing (USD): paid tenants began with a 14-day free trial; team seats cost 9.00 before 2024 and
--   12.00 since; enterprise prices are negotiated per tenant. Partial months are prorated by day.
--   tidewater-coop (26) went back to free on 2025-04-01. rio-verde-foods (15) has not paid since
--   March 2025 (open invoices). 7 invoices are void, each re-issued three days later for the same
--   period with a 10% credit. July 2025's invoices are drafts (issued_at NULL).
-- api_requests: user_id NULL for integration tokens (40%); deliberately no foreign key on user_id.
--   request_id follows requested_at except the 30 late rows, which got the highest ids.
--
-- Indexes: every foreign key has an index starting with its columns, except tasks (tenant_id,
-- assignee_id), left unindexed on purpose for the tuning lessons. GIN: tasks_tags_idx on tasks.tags
-- and events_payload_idx on events.payload with jsonb_path_ops (serves @>, not the ? operators).
-- Nothing indexes tasks.status, tasks.due_date, events.kind or users.last_login_at: lessons add those.
-- The installer runs VACUUM ANALYZE after this script.

SET TimeZone = 'UTC';  -- day arithmetic and date <-> timestamptz casts below must not depend on the server's zone
SET jit = off;          -- compiling this script's long expressions costs more than running them
SET work_mem = '64MB';  -- sorts the generated rows in memory

CREATE SCHEMA saas;
COMMENT ON SCHEMA saas IS 'A multi-tenant project tracker (SaaS): tenants, their users, projects, tasks, events and billing';

-- A fixed integer mixer: a cubic polynomial modulo the prime 1,000,003. Different salts give
-- independent-looking streams; everything is integer arithmetic, so every PostgreSQL gives the same
-- values. Temporary (pg_temp): it exists only while this script runs; learners never see it.
CREATE FUNCTION pg_temp.roll(n bigint, salt integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $$
SELECT (((((n + salt * 7919) * (n + salt * 7919)) % 1000003) * ((n + salt * 7919) % 1000003) % 1000003 * 738217
         + (((n + salt * 7919) * (n + salt * 7919)) % 1000003) * 264091
         + (n + salt * 7919) * 531911) % 1000003)::integer
$$;

-- Names to e-mail addresses without depending on the database's locale (lower() and initcap() do).
CREATE FUNCTION pg_temp.ascii(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$
SELECT translate(s, 'ÄÖÜÉÅØŁŚŽÁÍÓÚÑÇäöüéèáíóúñçøåłśžëěřãōń'' ',
                    'AOUEAOLSZAIOUNCaoueeaiouncoalszeeraon')
$$;

CREATE FUNCTION pg_temp.ascii_lower(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$
SELECT translate(pg_temp.ascii(s), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;

-- Tables first, foreign keys and secondary indexes at the end: checking each key once after loading
-- is much faster than checking it row by row (the manual's "Populating a Database").
CREATE TABLE saas.tenants (
    tenant_id  integer     GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    slug       text        NOT NULL CONSTRAINT tenants_slug_key UNIQUE
                           CONSTRAINT tenants_slug_format CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       text        NOT NULL,
    plan       text        NOT NULL CONSTRAINT tenants_plan_check CHECK (plan IN ('free', 'team', 'enterprise')),
    region     text        NOT NULL CONSTRAINT tenants_region_check
                           CHECK (region IN ('eu-west', 'eu-central', 'eu-north', 'us-east', 'us-west', 'sa-east',
                                             'ap-south', 'ap-northeast', 'ap-southeast')),
    created_at timestamptz NOT NULL DEFAULT now(),
    settings   jsonb       NOT NULL DEFAULT '{}'
                           CONSTRAINT tenants_settings_is_object CHECK (jsonb_typeof(settings) = 'object')
);
COMMENT ON TABLE saas.tenants IS 'Customer organisations; every other table belongs to exactly one tenant';
COMMENT ON COLUMN saas.tenants.plan IS 'The plan of the tenant''s open subscription (kept in step with saas.subscriptions)';
COMMENT ON COLUMN saas.tenants.settings IS 'timezone, locale, week_starts_on, features{}, notifications{}, retention_days (JSON null = unlimited), sso{} and beta[] when set';

CREATE TABLE saas.users (
    user_id        integer     GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id      integer     NOT NULL,
    email          text        NOT NULL CONSTRAINT users_email_format CHECK (email LIKE '%_@_%'),
    full_name      text        NOT NULL,
    role           text        NOT NULL CONSTRAINT users_role_check CHECK (role IN ('owner', 'admin', 'member', 'guest')),
    manager_id     integer,
    created_at     timestamptz NOT NULL DEFAULT now(),
    last_login_at  timestamptz,
    deactivated_at timestamptz,
    CONSTRAINT users_tenant_id_user_id_key UNIQUE (tenant_id, user_id),
    CONSTRAINT users_not_own_manager CHECK (manager_id <> user_id),
    CONSTRAINT users_login_after_created CHECK (last_login_at >= created_at),
    CONSTRAINT users_deactivated_after_created CHECK (deactivated_at >= created_at)
);
COMMENT ON TABLE saas.users IS 'People in a tenant; the row is created when they are invited';
COMMENT ON COLUMN saas.users.email IS 'Unique per tenant ignoring case (index users_tenant_id_lower_email_key); the same person may belong to several tenants';
COMMENT ON COLUMN saas.users.manager_id IS 'Who they report to, in the same tenant; NULL for owners, guests and people without a manager';
COMMENT ON COLUMN saas.users.last_login_at IS 'NULL: invited but never logged in';
COMMENT ON COLUMN saas.users.deactivated_at IS 'NULL: active. Deactivated users keep their rows, tasks and events';

CREATE TABLE saas.projects (
    project_id  integer     GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id   integer     NOT NULL,
    owner_id    integer     NOT NULL,
    name        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz,
    tags        text[]      NOT NULL DEFAULT '{}',
    CONSTRAINT projects_tenant_id_project_id_key UNIQUE (tenant_id, project_id),
    CONSTRAINT projects_archived_after_created CHECK (archived_at >= created_at)
);
COMMENT ON TABLE saas.projects IS 'Projects group tasks; archived_at is NULL while a project is active';

CREATE TABLE saas.tasks (
    task_id        integer      GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id      integer      NOT NULL,
    project_id     integer      NOT NULL,
    title          text         NOT NULL,
    status         text         NOT NULL DEFAULT 'todo'
                                CONSTRAINT tasks_status_check CHECK (status IN ('todo', 'doing', 'done', 'cancelled')),
    priority       smallint     NOT NULL DEFAULT 3 CONSTRAINT tasks_priority_check CHECK (priority BETWEEN 1 AND 4),
    assignee_id    integer,
    tags           text[]       NOT NULL DEFAULT '{}',
    estimate_hours numeric(5,1) CONSTRAINT tasks_estimate_positive CHECK (estimate_hours > 0),
    due_date       date,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    completed_at   timestamptz,
    CONSTRAINT tasks_completed_after_created CHECK (completed_at >= created_at),
    CONSTRAINT tasks_completed_iff_done CHECK ((status = 'done') = (completed_at IS NOT NULL))
);
COMMENT ON TABLE saas.tasks IS 'Work items; priority 1 is urgent, 4 is low';
COMMENT ON COLUMN saas.tasks.assignee_id IS 'NULL: unassigned. May point at a deactivated user (nobody reassigned the task)';
COMMENT ON COLUMN saas.tasks.estimate_hours IS 'NULL: not estimated';
COMMENT ON COLUMN saas.tasks.due_date IS 'NULL: no due date';
COMMENT ON COLUMN saas.tasks.completed_at IS 'Set exactly when status = ''done''';

CREATE TABLE saas.events (
    event_id    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   integer     NOT NULL,
    user_id     integer,
    kind        text        NOT NULL CONSTRAINT events_kind_format CHECK (kind ~ '^[a-z]+\.[a-z_]+$'),
    payload     jsonb       NOT NULL DEFAULT '{}' CONSTRAINT events_payload_is_object CHECK (jsonb_typeof(payload) = 'object'),
    occurred_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE saas.events IS 'Activity log of the last 12 months (older events are purged); event_id follows occurred_at';
COMMENT ON COLUMN saas.events.user_id IS 'Who did it; NULL for system events (integrations, billing, automations)';

CREATE TABLE saas.subscriptions (
    subscription_id integer       GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id       integer       NOT NULL,
    plan            text          NOT NULL CONSTRAINT subscriptions_plan_check CHECK (plan IN ('free', 'team', 'enterprise')),
    seats           integer       NOT NULL CONSTRAINT subscriptions_seats_positive CHECK (seats > 0),
    monthly_price   numeric(10,2) NOT NULL CONSTRAINT subscriptions_price_not_negative CHECK (monthly_price >= 0),
    started_on      date          NOT NULL,
    ended_on        date,
    CONSTRAINT subscriptions_tenant_id_subscription_id_key UNIQUE (tenant_id, subscription_id),
    CONSTRAINT subscriptions_ends_after_start CHECK (ended_on > started_on),
    CONSTRAINT subscriptions_only_free_is_free CHECK ((plan = 'free') = (monthly_price = 0))
);
COMMENT ON TABLE saas.subscriptions IS 'Plan history: a subscription covers [started_on, ended_on); ended_on NULL = the current one. Prices in USD for all seats';

CREATE TABLE saas.invoices (
    invoice_id      integer       GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    tenant_id       integer       NOT NULL,
    subscription_id integer       NOT NULL,
    period_start    date          NOT NULL,
    period_end      date          NOT NULL,
    amount          numeric(10,2) NOT NULL CONSTRAINT invoices_amount_not_negative CHECK (amount >= 0),
    status          text          NOT NULL CONSTRAINT invoices_status_check CHECK (status IN ('draft', 'open', 'paid', 'void')),
    issued_at       timestamptz,
    paid_at         timestamptz,
    CONSTRAINT invoices_period_not_empty CHECK (period_end > period_start),
    CONSTRAINT invoices_issued_unless_draft CHECK ((status = 'draft') = (issued_at IS NULL)),
    CONSTRAINT invoices_paid_at_iff_paid CHECK ((status = 'paid') = (paid_at IS NOT NULL)),
    CONSTRAINT invoices_paid_after_issued CHECK (paid_at >= issued_at)
);
COMMENT ON TABLE saas.invoices IS 'Monthly bills in advance for paid subscriptions; the period is [period_start, period_end). Amounts in USD';
COMMENT ON COLUMN saas.invoices.issued_at IS 'NULL for drafts (next month''s invoices, not sent yet)';

CREATE TABLE saas.api_requests (
    request_id   bigint      GENERATED ALWAYS AS IDENTITY,
    tenant_id    integer     NOT NULL,
    user_id      integer,
    method       text        NOT NULL CONSTRAINT api_requests_method_check CHECK (method IN ('GET', 'POST', 'PATCH', 'DELETE')),
    endpoint     text        NOT NULL,
    status       smallint    NOT NULL CONSTRAINT api_requests_status_check CHECK (status BETWEEN 100 AND 599),
    duration_ms  integer     NOT NULL CONSTRAINT api_requests_duration_not_negative CHECK (duration_ms >= 0),
    requested_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (request_id, requested_at)
) PARTITION BY RANGE (requested_at);
COMMENT ON TABLE saas.api_requests IS 'Public API request log, partitioned by month (2025-01 to 2025-06) plus a default partition';
COMMENT ON COLUMN saas.api_requests.user_id IS 'NULL for integration tokens. Deliberately no foreign key: request logs are kept when users are erased';

CREATE TABLE saas.api_requests_2025_01 PARTITION OF saas.api_requests
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE saas.api_requests_2025_02 PARTITION OF saas.api_requests
    FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE saas.api_requests_2025_03 PARTITION OF saas.api_requests
    FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');
CREATE TABLE saas.api_requests_2025_04 PARTITION OF saas.api_requests
    FOR VALUES FROM ('2025-04-01 00:00:00+00') TO ('2025-05-01 00:00:00+00');
CREATE TABLE saas.api_requests_2025_05 PARTITION OF saas.api_requests
    FOR VALUES FROM ('2025-05-01 00:00:00+00') TO ('2025-06-01 00:00:00+00');
CREATE TABLE saas.api_requests_2025_06 PARTITION OF saas.api_requests
    FOR VALUES FROM ('2025-06-01 00:00:00+00') TO ('2025-07-01 00:00:00+00');
CREATE TABLE saas.api_requests_default PARTITION OF saas.api_requests DEFAULT;

-- ---------------------------------------------------------------------------------------------
-- Generation. Times are computed as Unix seconds (bigint) and turned into timestamptz at the end.
-- The data ends just before 2025-07-01 00:00:00 UTC (epoch 1751328000): "today" is 2025-06-30.
-- ---------------------------------------------------------------------------------------------

-- The 40 tenants with the sizes the generator gives them (users, projects, tasks) and how many
-- logins per user their last 12 months of events hold on average.
CREATE TEMP TABLE gen_tenant (tenant_id, slug, name, plan, region, timezone, locale, sso, seat_price, created_at,
                              users, projects, tasks, logins) AS
VALUES
    (1,  'pinecone-studio',  'Pinecone Studio',            'team',       'eu-west',      'Europe/London',       'en-GB', NULL::text, NULL::numeric,
         timestamptz '2020-02-03 09:14:27+00', 18, 16, 380, 9),
    (2,  'acorn-legal',      'Acorn Legal LLP',            'team',       'eu-west',      NULL,                  'en-GB', NULL, NULL,
         '2020-04-21 13:02:55+00', 24, 20, 300, 6),
    (3,  'bluefin-media',    'Bluefin Media Inc.',         'enterprise', 'us-east',      'America/New_York',    'en-US', 'okta', 12.50,
         '2020-08-17 15:40:12+00', 500, 130, 5600, 10),
    (4,  'helio-logistics',  'Helio Logistics GmbH',       'enterprise', 'eu-central',   'Europe/Berlin',       'de-DE', 'okta', 11.40,
         '2021-01-11 08:03:41+00', 1200, 280, 12800, 13),
    (5,  'kaizen-robotics',  'Kaizen Robotics K.K.',       'enterprise', 'ap-northeast', 'Asia/Tokyo',          'ja-JP', 'azure-ad', 13.00,
         '2021-03-29 01:30:09+00', 700, 160, 7200, 10),
    (6,  'tern-analytics',   'Tern Analytics',             'team',       'us-west',      'America/Los_Angeles', 'en-US', NULL, NULL,
         '2021-06-07 17:22:48+00', 250, 60, 2400, 10),
    (7,  'studio-nova',      'Studio Nova',                'team',       'eu-west',      'Europe/Paris',        'fr-FR', NULL, NULL,
         '2021-09-14 10:05:33+00', 12, 9, 260, 9),
    (8,  'fjord-outfitters', 'Fjord Outfitters AB',        'team',       'eu-north',     'Europe/Stockholm',    'sv-SE', NULL, NULL,
         '2021-11-02 12:48:20+00', 41, 24, 330, 9),
    (9,  'nordlys-energi',   'Nordlys Energi AS',          'enterprise', 'eu-north',     'Europe/Oslo',         'nb-NO', 'azure-ad', 14.00,
         '2022-01-18 07:55:02+00', 200, 50, 2000, 10),
    (10, 'strasse-soehne',   'Straße & Söhne KG',          'team',       'eu-central',   'Europe/Vienna',       'de-AT', NULL, NULL,
         '2022-03-08 09:31:44+00', 28, 18, 270, 8),
    (11, 'cafe-lumiere',     'Café Lumière',               'free',       'eu-west',      'Europe/Paris',        'fr-FR', NULL, NULL,
         '2022-05-23 16:12:09+00', 4, 3, 45, 5),
    (12, 'lumen-health',     'Lumen Health Pvt Ltd',       'team',       'ap-south',     'Asia/Kolkata',        'en-IN', NULL, NULL,
         '2022-07-04 05:47:38+00', 180, 45, 1700, 10),
    (13, 'quill-and-ink',    'Quill & Ink Publishing',     'team',       'us-east',      'America/New_York',    'en-US', NULL, NULL,
         '2022-08-29 14:20:51+00', 50, 28, 360, 9),
    (14, 'otsuka-print',     'Ōtsuka Print Works',         'team',       'ap-northeast', 'Asia/Tokyo',          'ja-JP', NULL, NULL,
         '2022-10-11 02:09:16+00', 30, 14, 230, 8),
    (15, 'rio-verde-foods',  'Rio Verde Alimentos Ltda',   'team',       'sa-east',      'America/Sao_Paulo',   'pt-BR', NULL, NULL,
         '2022-12-05 11:36:27+00', 150, 40, 1400, 9),
    (16, 'greenleaf-ngo',    'Greenleaf Foundation',       'free',       'eu-west',      'Europe/Dublin',       'en-IE', NULL, NULL,
         '2023-01-16 10:58:40+00', 5, 6, 90, 5),
    (17, 'copperline-labs',  'Copperline Labs',            'enterprise', 'us-west',      'America/Denver',      'en-US', 'google', 15.00,
         '2023-02-27 18:14:03+00', 70, 36, 520, 10),
    (18, 'harbour-bridge',   'Harbour Bridge Design',      'team',       'ap-southeast', 'Australia/Sydney',    'en-AU', NULL, NULL,
         '2023-04-10 23:41:19+00', 120, 35, 1100, 9),
    (19, 'studio-nova-br',   'Studio Nova',                'team',       'sa-east',      'America/Sao_Paulo',   'pt-BR', NULL, NULL,
         '2023-05-22 13:27:55+00', 14, 10, 240, 8),
    (20, 'kiwi-bikes',       'Kiwi Bikes Ltd',             'free',       'ap-southeast', 'Pacific/Auckland',    'en-NZ', NULL, NULL,
         '2023-07-03 21:09:12+00', 3, 4, 70, 5),
    (21, 'meridian-hr',      'Meridian HR',                'team',       'us-east',      'America/Chicago',     'en-US', NULL, NULL,
         '2023-08-14 15:52:37+00', 55, 30, 340, 9),
    (22, 'saffron-kitchen',  'Saffron Kitchen',            'free',       'ap-south',     'Asia/Kolkata',        'en-IN', NULL, NULL,
         '2023-09-25 06:18:44+00', 5, 3, 40, 5),
    (23, 'polar-bytes',      'Polar Bytes Oy',             'team',       'eu-north',     'Europe/Helsinki',     'fi-FI', NULL, NULL,
         '2023-11-06 08:45:29+00', 26, 17, 240, 8),
    (24, 'nimbus-ops',       'Nimbus Ops',                 'team',       'us-west',      'America/Denver',      'en-US', NULL, NULL,
         '2023-12-18 17:30:06+00', 60, 30, 430, 9),
    (25, 'vela-architects',  'Vela Architects',            'team',       'eu-central',   'Europe/Zurich',       'de-CH', NULL, NULL,
         '2024-01-29 09:12:58+00', 20, 12, 200, 8),
    (26, 'tidewater-coop',   'Tidewater Co-op',            'free',       'us-east',      'America/New_York',    'en-US', NULL, NULL,
         '2024-03-11 14:37:21+00', 2, 2, 30, 5),
    (27, 'andes-coffee',     'Andes Coffee S.A.',          'team',       'sa-east',      'America/Bogota',      'es-CO', NULL, NULL,
         '2024-04-22 13:05:47+00', 16, 9, 150, 8),
    (28, 'lotus-yoga',       'Lotus Yoga Studio',          'free',       'ap-southeast', 'Asia/Singapore',      'en-SG', NULL, NULL,
         '2024-06-03 03:26:10+00', 1, 2, 25, 5),
    (29, 'brightpath-school', 'Brightpath School',         'team',       'eu-west',      'Europe/London',       'en-GB', NULL, NULL,
         '2024-07-15 08:49:33+00', 45, 22, 260, 9),
    (30, 'ember-games',      'Ember Games',                'team',       'eu-central',   'Europe/Warsaw',       'pl-PL', NULL, NULL,
         '2024-08-26 10:14:52+00', 36, 20, 280, 9),
    (31, 'sunrise-dental',   'Sunrise Dental',             'free',       'ap-southeast', 'Australia/Sydney',    'en-AU', NULL, NULL,
         '2024-10-07 22:58:15+00', 3, 2, 20, 5),
    (32, 'mosaic-events',    'Mosaic Events',              'team',       'eu-west',      'Europe/Lisbon',       'pt-PT', NULL, NULL,
         '2024-11-18 11:03:39+00', 22, 11, 180, 8),
    (33, 'atlas-freight',    'Atlas Freight',              'team',       'us-east',      'America/Toronto',     'en-CA', NULL, NULL,
         '2025-01-06 14:46:02+00', 58, 24, 240, 9),
    (34, 'kathmandu-treks',  'Kathmandu Treks',            'free',       'ap-south',     'Asia/Kathmandu',      'ne-NP', NULL, NULL,
         '2025-02-17 04:11:27+00', 4, 3, 40, 5),
    (35, 'orbit-analytics',  'Orbit Analytics',            'team',       'us-west',      'America/Los_Angeles', 'en-US', NULL, NULL,
         '2025-03-31 16:39:48+00', 25, 12, 130, 8),
    (36, 'blue-heron-books', 'Blue Heron Books',           'free',       'us-east',      'America/New_York',    'en-US', NULL, NULL,
         '2025-04-28 19:24:05+00', 2, 2, 20, 5),
    (37, 'granite-security', 'Granite Security',           'team',       'us-east',      'America/New_York',    'en-US', NULL, NULL,
         '2025-05-19 13:57:31+00', 15, 8, 70, 6),
    (38, 'hanami-design',    'Hanami Design',              'free',       'ap-northeast', 'Asia/Tokyo',          'ja-JP', NULL, NULL,
         '2025-06-09 01:42:16+00', 3, 2, 10, 4),
    (39, 'juniper-trial',    'Juniper Trial',              'free',       'eu-west',      'Europe/Amsterdam',    'nl-NL', NULL, NULL,
         '2025-06-23 09:08:54+00', 2, 1, 0, 3),
    (40, 'fresh-start',      'Fresh Start',                'free',       'us-west',      'America/Los_Angeles', 'en-US', NULL, NULL,
         '2025-06-29 22:15:00+00', 1, 0, 0, 2);

ALTER TABLE gen_tenant ADD COLUMN created_s bigint, ADD COLUMN span bigint;
UPDATE gen_tenant SET created_s = extract(epoch FROM created_at)::bigint,
                      span = 1751328000 - extract(epoch FROM created_at)::bigint;

-- Users: ids follow created_at across all tenants (as in a real sign-up stream). Each tenant's users
-- are numbered k = 1..n in the order they joined: k = 1 is the owner (created with the tenant), then
-- the admins, then members and guests. Names come from a bijection of k, so they only repeat inside a
-- tenant where a duplicate is planted on purpose.
CREATE TEMP TABLE gen_user AS
WITH u AS MATERIALIZED (
    SELECT t.tenant_id, t.slug, t.users AS n, t.created_s AS tc, t.span, k, s.seed,
           CASE WHEN k = 1 THEN t.created_s
                ELSE t.created_s + (k - 1) * t.span / t.users + pg_temp.roll(s.seed, 1) % greatest(1, t.span / t.users)
           END AS created_s,
           CASE WHEN k = 1 THEN 'owner'
                WHEN k <= 1 + greatest(t.users / 40, CASE WHEN t.users >= 3 THEN 1 ELSE 0 END) THEN 'admin'
                WHEN t.tenant_id IN (3, 4, 5, 9, 12) AND k = t.users - 1 THEN 'guest'
                WHEN k > t.users / 6 + 1 AND pg_temp.roll(s.seed, 2) % 100 < 9 THEN 'guest'
                ELSE 'member'
           END AS role,
           t.tenant_id IN (3, 4, 5, 9, 12) AND k = t.users - 1 AS consultant,
           t.tenant_id % 4 = 0 AND t.users >= 10 AND k = t.users AS namesake,
           ((CASE WHEN t.tenant_id % 4 = 0 AND t.users >= 10 AND k = t.users THEN 2 ELSE k END + t.tenant_id * 37) * 2311) % 4800 AS m
    FROM gen_tenant AS t
    CROSS JOIN LATERAL generate_series(1, t.users) AS k
    CROSS JOIN LATERAL (SELECT t.tenant_id * 10000 + k AS seed) AS s
), named AS MATERIALIZED (
    SELECT u.*,
           CASE WHEN u.consultant THEN 'Mira' ELSE
           (ARRAY['Anna', 'Lukas', 'Sofia', 'Jonas', 'Emma', 'Mateo', 'Chloé', 'Liam', 'Zoë', 'Noah', 'Marta', 'Jakub',
                  'Elena', 'Luca', 'Ingrid', 'Oskar', 'Aisha', 'Tomás', 'Freya', 'Matteo', 'Léa', 'Mikael', 'Hanna',
                  'Piotr', 'Clara', 'Diego', 'Maja', 'Finn', 'Nora', 'Ömer', 'Priya', 'Arjun', 'Yuki', 'Haruto',
                  'Sakura', 'Kenji', 'Mei', 'Wei', 'Ngozi', 'Kwame', 'Amara', 'Tunde', 'Isabela', 'Gabriel', 'Camila',
                  'João', 'Fatima', 'Omar', 'Leila', 'Samir', 'James', 'Olivia', 'Ethan', 'Grace', 'Daniel', 'Sarah',
                  'Michael', 'Emily', 'Søren', 'Astrid'])[1 + u.m % 60] END AS first_name,
           CASE WHEN u.consultant THEN 'Okafor' ELSE
           (ARRAY['Müller', 'Schmidt', 'Dubois', 'García', 'Rossi', 'Jansen', 'Nowak', 'Novák', 'Silva', 'Murphy',
                  'Hansen', 'Johansson', 'Virtanen', 'Peeters', 'Gruber', 'Martin', 'Fernández', 'Bianchi', 'de Vries',
                  'Kowalski', 'Svoboda', 'Costa', 'Kelly', 'Nielsen', 'Larsen', 'Lindqvist', 'Korhonen', 'Janssens',
                  'Huber', 'Bernard', 'López', 'Romano', 'Bakker', 'Wiśniewska', 'Dvořák', 'Santos', 'Byrne', 'Olsen',
                  'Berg', 'Wagner', 'Tanaka', 'Suzuki', 'Sato', 'Takahashi', 'Watanabe', 'Ito', 'Nakamura',
                  'Kobayashi', 'Sharma', 'Patel', 'Iyer', 'Gupta', 'Reddy', 'Chen', 'Wang', 'Li', 'Zhang', 'Nguyen',
                  'Kim', 'Park', 'Adeyemi', 'Mensah', 'Okoro', 'Diallo', 'Oliveira', 'Pereira', 'Souza', 'Almeida',
                  'Haddad', 'Khalil', 'Smith', 'Johnson', 'Brown', 'Taylor', 'Miller', 'Wilson', 'Anderson', 'Thomas',
                  'O''Brien', 'MacLeod'])[1 + (67 * (u.m / 60) + 13 * (u.m % 60)) % 80] END AS last_name,
           CASE WHEN u.k > 1 AND u.role <> 'owner' AND pg_temp.roll(u.seed, 5) % 100 < 6 AND u.created_s < 1751328000 - 30 * 86400
                THEN u.created_s + (1751328000 - u.created_s) * (20 + pg_temp.roll(u.seed, 6) % 75) / 100
           END AS deactivated_s
    FROM u
)
SELECT row_number() OVER (ORDER BY n.created_s, n.tenant_id, n.k)::integer AS user_id,
       n.*,
       n.first_name || ' ' || n.last_name AS full_name,
       CASE WHEN n.consultant THEN 'mira.okafor@northstar-consulting.example'
            ELSE CASE WHEN pg_temp.roll(n.seed, 3) % 20 = 0 THEN pg_temp.ascii(n.first_name || '.' || n.last_name)
                      ELSE pg_temp.ascii_lower(n.first_name || '.' || n.last_name) END
                 || CASE WHEN n.namesake THEN '2' ELSE '' END
                 || '@' || CASE WHEN n.role = 'guest'
                                THEN (ARRAY['gmail.example', 'outlook.example', 'freelance.example', 'agency.example'])
                                     [1 + pg_temp.roll(n.seed, 4) % 4]
                                ELSE n.slug || '.example' END
       END AS email,
       CASE WHEN n.k > 1 AND pg_temp.roll(n.seed, 7) % 100 < CASE WHEN n.role = 'guest' THEN 35 ELSE 5 END THEN NULL
            WHEN n.deactivated_s IS NOT NULL
                THEN n.created_s + (n.deactivated_s - n.created_s) * (50 + pg_temp.roll(n.seed, 8) % 50) / 100
            WHEN pg_temp.roll(n.seed, 9) % 100 < 80
                THEN greatest(n.created_s, 1751328000 - 1 - pg_temp.roll(n.seed, 10) % (14 * 86400))
            ELSE n.created_s + (1751328000 - 1 - n.created_s) * (pg_temp.roll(n.seed, 10) % 100) / 100
       END AS last_login_s,
       -- a 6-ary reporting tree: user k reports to user (k - 2) / 6 + 1, who joined earlier
       CASE WHEN n.role NOT IN ('owner', 'guest') AND pg_temp.roll(n.seed, 11) % 100 >= 4 THEN (n.k - 2) / 6 + 1 END AS manager_k
FROM named AS n;
CREATE UNIQUE INDEX ON gen_user (tenant_id, k);

INSERT INTO saas.users (user_id, tenant_id, email, full_name, role, manager_id, created_at, last_login_at, deactivated_at)
SELECT u.user_id, u.tenant_id, u.email, u.full_name, u.role, m.user_id, to_timestamp(u.created_s), to_timestamp(u.last_login_s),
       to_timestamp(u.deactivated_s)
FROM gen_user AS u
LEFT JOIN gen_user AS m ON m.tenant_id = u.tenant_id AND m.k = u.manager_k
ORDER BY u.user_id;

-- Tenants, now that it is known which of them have guests.
INSERT INTO saas.tenants (tenant_id, slug, name, plan, region, created_at, settings)
SELECT t.tenant_id, t.slug, t.name, t.plan, t.region, t.created_at,
       jsonb_build_object(
           'locale', t.locale,
           'week_starts_on', CASE WHEN t.locale IN ('en-US', 'en-CA', 'ja-JP', 'pt-BR', 'es-CO') THEN 'sunday' ELSE 'monday' END,
           'features', jsonb_build_object('time_tracking', t.plan <> 'free',
                                          'audit_log', t.plan = 'enterprise',
                                          'guest_access', EXISTS (SELECT 1 FROM gen_user AS g
                                                                  WHERE g.tenant_id = t.tenant_id AND g.role = 'guest')),
           'notifications', jsonb_build_object('digest', (ARRAY['daily', 'weekly', 'off'])[1 + t.tenant_id % 3]),
           -- JSON null, not a missing key: enterprise data is kept forever
           'retention_days', CASE t.plan WHEN 'free' THEN to_jsonb(30) WHEN 'team' THEN to_jsonb(365) ELSE 'null'::jsonb END)
       || CASE WHEN t.timezone IS NULL THEN '{}'::jsonb ELSE jsonb_build_object('timezone', t.timezone) END
       || CASE WHEN t.sso IS NULL THEN '{}'::jsonb
               ELSE jsonb_build_object('sso', jsonb_build_object('provider', t.sso, 'enforced', t.tenant_id % 2 = 1)) END
       || CASE WHEN t.tenant_id IN (4, 6, 12, 21) THEN jsonb_build_object('beta', jsonb_build_array('ai-summaries', 'gantt'))
               WHEN t.tenant_id IN (3, 13, 29) THEN jsonb_build_object('beta', jsonb_build_array('gantt'))
               ELSE '{}'::jsonb END
FROM gen_tenant AS t
ORDER BY t.tenant_id;

-- Projects: spread over each tenant's life; about 30% of those started before 2025 are archived.
-- The owner is a user who had already joined (a guest never owns a project: then the tenant owner does).
CREATE TEMP TABLE gen_project AS
WITH p AS MATERIALIZED (
    SELECT t.tenant_id, t.users AS n, t.tasks AS tenant_tasks, t.created_s AS tc, t.span, j, s.seed,
           t.created_s + (j - 1) * t.span / t.projects + pg_temp.roll(s.seed, 21) % greatest(1, t.span / t.projects) AS created_s
    FROM gen_tenant AS t
    CROSS JOIN LATERAL generate_series(1, t.projects) AS j
    CROSS JOIN LATERAL (SELECT t.tenant_id * 1000 + j AS seed) AS s
), w AS MATERIALIZED (
    SELECT p.*,
           CASE WHEN p.created_s < 1735689600 AND pg_temp.roll(p.seed, 22) % 100 < 30  -- 2025-01-01
                THEN p.created_s + (1751328000 - p.created_s) * (30 + pg_temp.roll(p.seed, 23) % 60) / 100
           END AS archived_s,
           1 + pg_temp.roll(p.seed, 24) % greatest(1, least(p.n, (p.created_s - p.tc) * p.n / p.span)) AS owner_k,
           -- how many of the tenant's tasks land here: skewed, and every 13th project or so stays empty
           CASE WHEN p.j > 1 AND pg_temp.roll(p.seed, 25) % 13 = 0 THEN 0
                ELSE 1 + (pg_temp.roll(p.seed, 26) % 10) * (pg_temp.roll(p.seed, 27) % 10)
           END AS weight,
           ((p.j + p.tenant_id * 17) * 7) % 150 AS name_slot
    FROM p
), c AS MATERIALIZED (
    SELECT w.*,
           sum(w.weight) OVER (PARTITION BY w.tenant_id ORDER BY w.j) AS cum_weight,
           sum(w.weight) OVER (PARTITION BY w.tenant_id) AS total_weight
    FROM w
)
SELECT row_number() OVER (ORDER BY c.created_s, c.tenant_id, c.j)::integer AS project_id,
       c.*,
       (c.tenant_tasks * c.cum_weight / c.total_weight - c.tenant_tasks * (c.cum_weight - c.weight) / c.total_weight)::integer AS task_count,
       CASE WHEN o.role = 'guest' THEN first.user_id ELSE o.user_id END AS owner_id,
       (ARRAY['Website', 'Mobile App', 'Billing', 'Onboarding', 'Data Platform', 'Warehouse', 'Marketing', 'Recruiting',
              'Customer Portal', 'Security', 'Infrastructure', 'Support', 'Sales Ops', 'Compliance', 'Design System'])[1 + c.name_slot % 15]
       || ' ' ||
       (ARRAY['Relaunch', 'Migration', 'Roadmap', 'Backlog', 'Audit', 'Rollout', 'Redesign', 'Integration', 'Cleanup', 'Launch'])
       [1 + c.name_slot / 15]
       || CASE WHEN c.j > 150 THEN ' ' || extract(year FROM to_timestamp(c.created_s))::integer ELSE '' END AS name
FROM c
JOIN gen_user AS o ON o.tenant_id = c.tenant_id AND o.k = c.owner_k
JOIN gen_user AS first ON first.tenant_id = c.tenant_id AND first.k = 1;

INSERT INTO saas.projects (project_id, tenant_id, owner_id, name, created_at, archived_at, tags)
SELECT p.project_id, p.tenant_id, p.owner_id, p.name, to_timestamp(p.created_s), to_timestamp(p.archived_s),
       (ARRAY[tag.pool[1 + pg_temp.roll(p.seed, 29) % 14],
              tag.pool[1 + (pg_temp.roll(p.seed, 29) + 5) % 14],
              tag.pool[1 + (pg_temp.roll(p.seed, 29) + 10) % 14]])
       [1:(ARRAY[0, 0, 1, 1, 1, 1, 2, 2, 2, 3])[1 + pg_temp.roll(p.seed, 28) % 10]]
FROM gen_project AS p
CROSS JOIN (SELECT ARRAY['client', 'internal', 'q1', 'q2', 'q3', 'q4', 'marketing', 'engineering', 'ops', 'finance', 'hr',
                         'legal', 'research', 'design'] AS pool) AS tag
ORDER BY p.project_id;

-- Tasks: each project's tasks are spread between its creation and its archiving (or today), most of
-- them early in its life. Status
-- depends on age: old tasks are mostly done, recent ones open. Assignees are users who had joined.
CREATE TEMP TABLE gen_task AS
WITH q AS MATERIALIZED (
    SELECT p.tenant_id, p.project_id, p.owner_id, p.n, p.tc, p.span, p.archived_s, q, s.seed,
           -- front-loaded: task q's slot starts at (q - 1)^2 / count^2 of the project's life
           p.created_s + (q - 1)::bigint * (q - 1) * (s.project_end - p.created_s) / (p.task_count::bigint * p.task_count)
               + pg_temp.roll(s.seed, 31)
                 % greatest(1, (2 * q - 1) * (s.project_end - p.created_s) / (p.task_count::bigint * p.task_count)) AS created_s,
           s.project_end
    FROM gen_project AS p
    CROSS JOIN LATERAL generate_series(1, p.task_count) AS q
    CROSS JOIN LATERAL (SELECT p.project_id * 10000 + q AS seed, coalesce(p.archived_s, 1751328000) AS project_end) AS s
), st AS MATERIALIZED (
    SELECT q.*,
           pg_temp.roll(q.seed, 32) % 100 AS status_roll,
           1751328000 - q.created_s AS age_s
    FROM q
), t AS MATERIALIZED (
    SELECT st.*,
           CASE WHEN st.archived_s IS NOT NULL
                    THEN CASE WHEN st.status_roll < 85 THEN 'done' WHEN st.status_roll < 98 THEN 'cancelled' ELSE 'todo' END
                WHEN st.age_s > 60 * 86400
                    THEN CASE WHEN st.status_roll < 78 THEN 'done' WHEN st.status_roll < 86 THEN 'cancelled'
                              WHEN st.status_roll < 93 THEN 'todo' ELSE 'doing' END
                WHEN st.age_s > 14 * 86400
                    THEN CASE WHEN st.status_roll < 45 THEN 'done' WHEN st.status_roll < 50 THEN 'cancelled'
                              WHEN st.status_roll < 75 THEN 'todo' ELSE 'doing' END
                ELSE CASE WHEN st.status_roll < 15 THEN 'done' WHEN st.status_roll < 17 THEN 'cancelled'
                          WHEN st.status_roll < 70 THEN 'todo' ELSE 'doing' END
           END AS status,
           pg_temp.roll(st.seed, 33) % 100 AS assign_roll,
           1 + pg_temp.roll(st.seed, 34) % greatest(1, least(st.n, (st.created_s - st.tc) * st.n / st.span)) AS assignee_k
    FROM st
)
SELECT row_number() OVER (ORDER BY t.created_s, t.tenant_id, t.project_id, t.q)::integer AS task_id,
       t.tenant_id, t.project_id, t.owner_id, t.seed, t.created_s, t.status,
       CASE WHEN t.assign_roll < 10 OR (t.status = 'todo' AND t.assign_roll < 35) THEN NULL ELSE a.user_id END AS assignee_id,
       CASE WHEN t.status = 'done'
            THEN least(t.created_s + 3600 * (1 + pg_temp.roll(t.seed, 35) % 24) * (1 + pg_temp.roll(t.seed, 36) % 10),
                       t.project_end - 1)
       END AS completed_s,
       CASE WHEN pg_temp.roll(t.seed, 37) % 100 < 7 THEN 1 WHEN pg_temp.roll(t.seed, 37) % 100 < 30 THEN 2
            WHEN pg_temp.roll(t.seed, 37) % 100 < 80 THEN 3 ELSE 4 END AS priority
FROM t
JOIN gen_user AS a ON a.tenant_id = t.tenant_id AND a.k = t.assignee_k;

INSERT INTO saas.tasks (task_id, tenant_id, project_id, title, status, priority, assignee_id, tags, estimate_hours, due_date,
                        created_at, completed_at)
SELECT t.task_id, t.tenant_id, t.project_id,
       (ARRAY['Fix', 'Add', 'Update', 'Review', 'Write', 'Migrate', 'Remove', 'Investigate', 'Design', 'Test', 'Document',
              'Refactor'])[1 + pg_temp.roll(t.seed, 41) % 12]
       || ' ' ||
       (ARRAY['login page', 'invoice PDF', 'search filters', 'CSV export', 'onboarding email', 'API rate limits', 'dark mode',
              'audit log', 'password reset', 'dashboard charts', 'webhook retries', 'time zone handling', 'mobile layout',
              'SSO configuration', 'release notes', 'backup job', 'permissions matrix', 'slow task list', 'notification settings',
              'Gantt view', 'data import', 'billing page', 'user invitations', 'report scheduler', 'file uploads',
              'comment threads', 'label colours', 'keyboard shortcuts', 'accessibility audit', 'staging environment'])
       [1 + pg_temp.roll(t.seed, 42) % 30],
       t.status, t.priority, t.assignee_id,
       -- tags: one kind, one area, then independent extras; 'security' and 'gdpr' are rare on purpose
       array_remove(ARRAY[
           CASE WHEN pg_temp.roll(t.seed, 43) % 100 < 30 THEN 'bug'
                WHEN pg_temp.roll(t.seed, 43) % 100 < 55 THEN 'feature'
                WHEN pg_temp.roll(t.seed, 43) % 100 < 62 THEN 'tech-debt' END,
           CASE WHEN pg_temp.roll(t.seed, 44) % 100 < 25 THEN 'backend'
                WHEN pg_temp.roll(t.seed, 44) % 100 < 45 THEN 'frontend'
                WHEN pg_temp.roll(t.seed, 44) % 100 < 52 THEN 'mobile'
                WHEN pg_temp.roll(t.seed, 44) % 100 < 58 THEN 'infra' END,
           CASE WHEN pg_temp.roll(t.seed, 45) % 100 < 12 THEN 'customer' END,
           CASE WHEN pg_temp.roll(t.seed, 46) % 100 < 8 THEN 'ux' END,
           CASE WHEN pg_temp.roll(t.seed, 47) % 100 < 5 THEN 'performance' END,
           CASE WHEN pg_temp.roll(t.seed, 48) % 100 < 6 THEN 'docs' END,
           CASE WHEN t.status IN ('todo', 'doing') AND pg_temp.roll(t.seed, 49) % 100 < 6 THEN 'blocked' END,
           CASE WHEN pg_temp.roll(t.seed, 50) % 100 < 2 THEN 'security' END,
           CASE WHEN pg_temp.roll(t.seed, 51) % 1000 < 2 THEN 'gdpr' END], NULL),
       CASE WHEN pg_temp.roll(t.seed, 52) % 100 >= 30
            THEN (ARRAY[0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 40])[1 + pg_temp.roll(t.seed, 53) % 11] END,
       CASE WHEN pg_temp.roll(t.seed, 54) % 100 >= 45
            THEN to_timestamp(t.created_s)::date + 1 + pg_temp.roll(t.seed, 55) % 45 END,
       to_timestamp(t.created_s), to_timestamp(t.completed_s)
FROM gen_task AS t
ORDER BY t.task_id;

-- Subscriptions: paid tenants start with a 14-day free trial, then a team plan whose seats grow
-- (a new row when they do); enterprise tenants moved up from team on the first of a month.
-- tidewater-coop (26) churned: back on the free plan since 2025-04-01.
CREATE TEMP TABLE gen_subscription AS
WITH t AS MATERIALIZED (
    SELECT g.*, g.created_at::date AS d, greatest(5, (g.users + 4) / 5 * 5) AS full_seats
    FROM gen_tenant AS g
), phase AS MATERIALIZED (
    SELECT tenant_id, 'free' AS plan, 5 AS seats, d AS started_on,
           CASE WHEN plan = 'free' AND tenant_id <> 26 THEN NULL ELSE d + 14 END AS ended_on
    FROM t
    UNION ALL  -- team tenants older than a year grew: half the seats first, then all of them
    SELECT tenant_id, 'team', greatest(5, (users / 2 + 4) / 5 * 5), d + 14, d + 14 + (date '2025-07-01' - (d + 14)) / 2
    FROM t WHERE plan = 'team' AND d + 14 < date '2024-07-01'
    UNION ALL
    SELECT tenant_id, 'team', full_seats, CASE WHEN d + 14 < date '2024-07-01' THEN d + 14 + (date '2025-07-01' - (d + 14)) / 2 ELSE d + 14 END,
           NULL
    FROM t WHERE plan = 'team'
    UNION ALL
    SELECT tenant_id, 'team', greatest(5, (users / 3 + 4) / 5 * 5), d + 14, date_trunc('month', (d + 200)::timestamp)::date
    FROM t WHERE plan = 'enterprise'
    UNION ALL
    SELECT tenant_id, 'enterprise', (users * 21 / 20 + 49) / 50 * 50, date_trunc('month', (d + 200)::timestamp)::date, NULL
    FROM t WHERE plan = 'enterprise'
    UNION ALL
    SELECT tenant_id, 'team', 5, d + 14, date '2025-04-01' FROM t WHERE tenant_id = 26
    UNION ALL
    SELECT tenant_id, 'free', 5, date '2025-04-01', NULL FROM t WHERE tenant_id = 26
)
SELECT row_number() OVER (ORDER BY phase.started_on, phase.tenant_id)::integer AS subscription_id,
       phase.*,
       CASE phase.plan WHEN 'free' THEN 0
                       WHEN 'team' THEN phase.seats * CASE WHEN phase.started_on < date '2024-01-01' THEN 9.00 ELSE 12.00 END
                       ELSE phase.seats * t.seat_price END::numeric(10,2) AS monthly_price
FROM phase
JOIN t USING (tenant_id);

INSERT INTO saas.subscriptions (subscription_id, tenant_id, plan, seats, monthly_price, started_on, ended_on)
SELECT subscription_id, tenant_id, plan, seats, monthly_price, started_on, ended_on
FROM gen_subscription
ORDER BY subscription_id;

-- Invoices: one per calendar month a paid subscription covers, issued at 00:00 UTC on the first day
-- of the period; a partial month is prorated by days. July 2025 invoices are drafts. About one in 53
-- was voided and re-issued three days later with a 10% goodwill credit; rio-verde-foods (15) has not
-- paid since March 2025.
CREATE TEMP TABLE gen_invoice AS
WITH month AS MATERIALIZED (
    SELECT s.subscription_id, s.tenant_id, s.monthly_price, m::date AS month_start,
           greatest(m::date, s.started_on) AS period_start,
           least((m + interval '1 month')::date, coalesce(s.ended_on, date '2025-08-01')) AS period_end,
           (m + interval '1 month')::date - m::date AS month_days,
           s.subscription_id * 100 + row_number() OVER (PARTITION BY s.subscription_id ORDER BY m) AS seed
    FROM gen_subscription AS s
    CROSS JOIN LATERAL generate_series(date_trunc('month', s.started_on::timestamp),
                                       (coalesce(s.ended_on, date '2025-08-01') - 1)::timestamp, interval '1 month') AS m
    WHERE s.monthly_price > 0
), base AS MATERIALIZED (
    SELECT month.*,
           round(month.monthly_price * (month.period_end - month.period_start) / month.month_days, 2) AS full_amount,
           CASE WHEN month.period_start < date '2025-07-01' THEN extract(epoch FROM month.period_start::timestamptz)::bigint END AS issue_s,
           month.period_start < date '2025-06-01' AND pg_temp.roll(month.seed, 61) % 53 = 0 AS voided
    FROM month
), versions AS MATERIALIZED (
    SELECT base.*, false AS reissue, base.full_amount AS amount, base.issue_s AS issued_s FROM base
    UNION ALL
    SELECT base.*, true, round(base.full_amount * 0.9, 2), base.issue_s + 3 * 86400 FROM base WHERE base.voided
), paid AS MATERIALIZED (
    SELECT versions.*,
           -- most pay within ten days, one in five takes up to six weeks
           versions.issued_s + 600 + pg_temp.roll(versions.seed, 62 + versions.reissue::integer) % 80000
               + 86400 * CASE WHEN pg_temp.roll(versions.seed, 64 + versions.reissue::integer) % 100 < 80
                              THEN pg_temp.roll(versions.seed, 66 + versions.reissue::integer) % 10
                              ELSE 10 + pg_temp.roll(versions.seed, 66 + versions.reissue::integer) % 35 END AS pay_s
    FROM versions
)
SELECT row_number() OVER (ORDER BY paid.issued_s NULLS LAST, paid.tenant_id, paid.period_start, paid.reissue)::integer AS invoice_id,
       paid.subscription_id, paid.tenant_id, paid.period_start, paid.period_end, paid.amount, paid.issued_s, paid.seed,
       CASE WHEN paid.issued_s IS NULL THEN 'draft'
            WHEN paid.voided AND NOT paid.reissue THEN 'void'
            WHEN paid.tenant_id = 15 AND paid.period_start >= date '2025-03-01' THEN 'open'
            WHEN paid.pay_s >= 1751328000 THEN 'open'
            ELSE 'paid'
       END AS status,
       paid.pay_s
FROM paid;

INSERT INTO saas.invoices (invoice_id, tenant_id, subscription_id, period_start, period_end, amount, status, issued_at, paid_at)
SELECT invoice_id, tenant_id, subscription_id, period_start, period_end, amount, status, to_timestamp(issued_s),
       CASE WHEN status = 'paid' THEN to_timestamp(pay_s) END
FROM gen_invoice
ORDER BY invoice_id;

-- Events: the last 12 months only, 2024-07-01 00:00 UTC up to 2025-07-01 00:00 UTC (older ones were
-- purged). Most are derived from the rows above, so they agree with them: a task.created event at each
-- task's created_at, the status change to done at its completed_at, one user.invited per user at its
-- created_at, a user's latest user.login at its last_login_at, invoice.issued at midnight UTC.
-- The busy kinds' payloads are written as JSON text and cast: that shows their shape, and for this
-- many rows it is twice as fast as jsonb_build_object.
INSERT INTO saas.events (event_id, tenant_id, user_id, kind, payload, occurred_at)
OVERRIDING SYSTEM VALUE
WITH recent_task AS MATERIALIZED (
    SELECT t.*, p.owner_id, extract(epoch FROM t.created_at)::bigint AS created_s
    FROM saas.tasks AS t
    JOIN saas.projects AS p USING (project_id)
    WHERE t.created_at >= timestamptz '2024-07-01 00:00:00+00'
), login AS MATERIALIZED (
    -- the latest login is the user's last_login_at; earlier ones go back in steps of one to six days
    SELECT u.tenant_id, u.user_id, i,
           t.sso IS NOT NULL AS sso,
           CASE WHEN i = 0 THEN extract(epoch FROM u.last_login_at)::bigint
                ELSE extract(epoch FROM u.last_login_at)::bigint - i * s.stride - pg_temp.roll(u.user_id * 64 + i, 111) % s.stride
           END AS occurred_s,
           greatest(extract(epoch FROM u.created_at)::bigint, 1719792000) AS earliest,
           u.user_id * 64 + i AS seed
    FROM saas.users AS u
    JOIN gen_tenant AS t USING (tenant_id)
    CROSS JOIN LATERAL (SELECT 86400 * (1 + pg_temp.roll(u.user_id, 112) % 6) AS stride) AS s
    CROSS JOIN LATERAL generate_series(0, pg_temp.roll(u.user_id, 113) % (2 * t.logins)) AS i
    WHERE u.last_login_at >= timestamptz '2024-07-01 00:00:00+00'
), derived AS MATERIALIZED (
    SELECT tenant_id, coalesce(assignee_id, owner_id) AS user_id, 'task.created' AS kind,
           ('{"task_id": ' || task_id || ', "project_id": ' || project_id || ', "priority": ' || priority || ', "tags": '
            || CASE WHEN tags = '{}' THEN '[]' ELSE '["' || array_to_string(tags, '", "') || '"]' END || '}')::jsonb AS payload,
           created_s AS occurred_s, task_id::bigint AS ref, 0 AS sub
    FROM recent_task
    UNION ALL
    SELECT tenant_id, assignee_id, 'task.status_changed',
           ('{"task_id": ' || task_id || ', "from": "doing", "to": "done"'
            || CASE WHEN assignee_id IS NULL THEN ', "via": "automation"' ELSE '' END || '}')::jsonb,
           extract(epoch FROM completed_at)::bigint, task_id, 0
    FROM saas.tasks
    WHERE completed_at >= timestamptz '2024-07-01 00:00:00+00'
    UNION ALL
    SELECT tenant_id, coalesce(assignee_id, owner_id), 'task.status_changed',
           ('{"task_id": ' || task_id || ', "from": "todo", "to": "' || status || '"}')::jsonb,
           least(created_s + CASE status WHEN 'doing' THEN 600 + pg_temp.roll(task_id, 101) % (2 * 86400)
                                         ELSE 3600 + pg_temp.roll(task_id, 101) % (10 * 86400) END,
                 1751328000 - 1),
           task_id, 0
    FROM recent_task
    WHERE status IN ('doing', 'cancelled')
    UNION ALL
    SELECT tenant_id, owner_id, 'task.assigned',
           jsonb_build_object('task_id', task_id, 'assignee_id', assignee_id,
                              'previous_assignee_id', CASE WHEN pg_temp.roll(task_id, 102) % 4 = 0 AND owner_id <> assignee_id
                                                           THEN to_jsonb(owner_id) ELSE 'null'::jsonb END),
           least(created_s + 60 + pg_temp.roll(task_id, 103) % 1800, 1751328000 - 1), task_id, 0
    FROM recent_task
    WHERE assignee_id IS NOT NULL AND pg_temp.roll(task_id, 104) % 3 = 0
    UNION ALL
    SELECT t.tenant_id, coalesce(t.assignee_id, t.owner_id), 'task.commented',
           ('{"task_id": ' || t.task_id || ', "length": ' || 20 + pg_temp.roll(t.task_id * 4 + c, 105) % 780 || ', "mentions": '
            || CASE WHEN t.assignee_id IS NOT NULL AND pg_temp.roll(t.task_id * 4 + c, 106) % 5 = 0
                    THEN '[' || t.assignee_id || ']' ELSE '[]' END || '}')::jsonb,
           least(t.created_s + c * (3600 + pg_temp.roll(t.task_id * 4 + c, 107) % 86400), 1751328000 - 1), t.task_id, c
    FROM recent_task AS t
    CROSS JOIN LATERAL generate_series(1, (ARRAY[0, 0, 0, 0, 0, 0, 1, 1, 1, 2])[1 + pg_temp.roll(t.task_id, 108) % 10]) AS c
    UNION ALL
    SELECT tenant_id, owner_id, 'project.created', jsonb_build_object('project_id', project_id, 'name', name),
           extract(epoch FROM created_at)::bigint, project_id, 0
    FROM saas.projects
    WHERE created_at >= timestamptz '2024-07-01 00:00:00+00'
    UNION ALL
    SELECT tenant_id, owner_id, 'project.archived', jsonb_build_object('project_id', project_id, 'name', name),
           extract(epoch FROM archived_at)::bigint, project_id, 0
    FROM saas.projects
    WHERE archived_at >= timestamptz '2024-07-01 00:00:00+00'
    UNION ALL
    SELECT u.tenant_id, coalesce(u.manager_id, owner.user_id), 'user.invited',
           jsonb_build_object('invited_user_id', u.user_id, 'email', u.email, 'role', u.role),
           extract(epoch FROM u.created_at)::bigint, u.user_id, 0
    FROM saas.users AS u
    JOIN saas.users AS owner ON owner.tenant_id = u.tenant_id AND owner.role = 'owner'
    WHERE u.created_at >= timestamptz '2024-07-01 00:00:00+00' AND u.role <> 'owner'
    UNION ALL
    SELECT i.tenant_id, NULL, 'invoice.issued',
           jsonb_build_object('invoice_id', i.invoice_id, 'amount', i.amount, 'period_start', i.period_start),
           i.issued_s, i.invoice_id, 0
    FROM gen_invoice AS i
    WHERE i.issued_s >= 1719792000
    UNION ALL
    SELECT i.tenant_id, NULL, 'invoice.paid',
           jsonb_build_object('invoice_id', i.invoice_id, 'amount', i.amount,
                              'method', (ARRAY['card', 'card', 'sepa_debit', 'wire'])[1 + pg_temp.roll(i.seed, 109) % 4]),
           i.pay_s, i.invoice_id, 0
    FROM gen_invoice AS i
    WHERE i.status = 'paid' AND i.pay_s >= 1719792000
    UNION ALL
    SELECT tenant_id, user_id, 'user.login',
           -- the "mfa" key exists only since 2024-10-01, when the app started recording it
           ('{"ip": "' || CASE WHEN pg_temp.roll(seed, 114) % 10 = 0 THEN '2001:db8::' || to_hex(pg_temp.roll(seed, 115) % 65536)
                               ELSE (ARRAY['192.0.2.', '198.51.100.', '203.0.113.'])[1 + pg_temp.roll(seed, 116) % 3]
                                    || (1 + pg_temp.roll(seed, 115) % 254) END
            || '", "method": "' || CASE WHEN sso AND pg_temp.roll(seed, 117) % 100 < 85 THEN 'sso'
                                        WHEN NOT sso AND pg_temp.roll(seed, 117) % 100 >= 80 THEN 'magic_link'
                                        ELSE 'password' END
            || '", "client": {"app": "' || CASE WHEN pg_temp.roll(seed, 118) % 100 < 70 THEN 'web'
                                                WHEN pg_temp.roll(seed, 118) % 100 < 88 THEN 'ios' ELSE 'android' END
            || '", "version": "' || CASE WHEN occurred_s < 1735689600 THEN '5.2.' || pg_temp.roll(seed, 119) % 4
                                         ELSE '5.3.' || pg_temp.roll(seed, 119) % 3 END || '"}'
            || CASE WHEN occurred_s >= 1727740800 THEN ', "mfa": ' || (pg_temp.roll(seed, 120) % 100 < 60)::text ELSE '' END
            || '}')::jsonb,
           occurred_s, user_id, i
    FROM login
    WHERE occurred_s >= earliest
), sync AS (
    -- helio-logistics' ERP integration syncs around the clock (system events, no user): exactly as many
    -- as all other tenants' events together, so helio has half of all events.
    SELECT 4, NULL::integer, 'integration.sync',
           ('{"integration": "sap-erp", "direction": "'
            || CASE WHEN pg_temp.roll(i, 121) % 3 = 0 THEN 'outbound' ELSE 'inbound' END
            || '", "records": ' || CASE WHEN pg_temp.roll(i, 122) % 100 < 2 THEN 0 ELSE pg_temp.roll(i, 123) % 500 END
            || ', "status": "' || CASE WHEN pg_temp.roll(i, 122) % 100 < 2 THEN 'failed'
                                       WHEN pg_temp.roll(i, 122) % 100 < 6 THEN 'partial' ELSE 'ok' END || '"'
            || CASE WHEN pg_temp.roll(i, 122) % 100 < 2
                    THEN ', "error": {"code": "' || (ARRAY['ERP_TIMEOUT', 'AUTH_EXPIRED', 'RATE_LIMITED'])[1 + pg_temp.roll(i, 124) % 3]
                         || '", "retry_in_s": 300}'
                    ELSE '' END
            || '}')::jsonb,
           1719792000 + (i - 1) * 31536000 / n.total + pg_temp.roll(i, 125) % (31536000 / n.total),
           i, 0
    FROM (SELECT count(*) FILTER (WHERE tenant_id <> 4) - count(*) FILTER (WHERE tenant_id = 4) AS total FROM derived) AS n
    CROSS JOIN LATERAL generate_series(1, n.total) AS i
)
SELECT row_number() OVER (ORDER BY occurred_s, tenant_id, kind, ref, sub), tenant_id, user_id, kind, payload, to_timestamp(occurred_s)
FROM (SELECT * FROM derived UNION ALL SELECT * FROM sync) AS e;

-- API requests, 2025-01-01 to 2025-06-30: bluefin-media (3) makes 40% of them and is rate limited
-- (429) now and then; free tenants have no API access. 40% come from integration tokens (no user).
-- The last 30 rows arrived late: requests of 2024-12-31 replayed from a queue, now in the default
-- partition (so their request_id is higher than June's).
INSERT INTO saas.api_requests (request_id, tenant_id, user_id, method, endpoint, status, duration_ms, requested_at)
OVERRIDING SYSTEM VALUE
WITH r AS MATERIALIZED (
    SELECT i,
           1735689600 + (i - 1)::bigint * 15638400 / 29970 + pg_temp.roll(i, 131) % (15638400 / 29970) AS requested_s,
           CASE WHEN pg_temp.roll(i, 132) % 100 < 40 THEN 3
                WHEN pg_temp.roll(i, 132) % 100 < 60 THEN 4
                WHEN pg_temp.roll(i, 132) % 100 < 70 THEN 5
                ELSE (ARRAY[1, 2, 6, 7, 8, 9, 10, 12, 13, 14, 15, 17, 18, 19, 21, 23, 24, 25, 27, 29, 30, 32])
                     [1 + pg_temp.roll(i, 133) % 22]
           END AS tenant_id,
           (ARRAY['GET /v2/tasks', 'GET /v2/tasks', 'GET /v2/tasks', 'GET /v2/tasks', 'GET /v2/tasks',
                  'GET /v2/tasks/:id', 'GET /v2/tasks/:id', 'GET /v2/tasks/:id', 'POST /v2/tasks', 'POST /v2/tasks',
                  'PATCH /v2/tasks/:id', 'PATCH /v2/tasks/:id', 'DELETE /v2/tasks/:id', 'GET /v2/projects',
                  'GET /v2/projects', 'GET /v2/users/me', 'GET /v2/users/me', 'GET /v2/search', 'POST /v2/webhooks/test',
                  'GET /v2/events'])[1 + pg_temp.roll(i, 134) % 20] AS call
    FROM generate_series(1, 29970) AS i
), c AS MATERIALIZED (
    SELECT r.*, split_part(r.call, ' ', 1) AS method, split_part(r.call, ' ', 2) AS endpoint,
           CASE WHEN r.call = 'GET /v2/search' THEN 180 WHEN r.call LIKE 'GET%' THEN 25 ELSE 60 END AS base_ms,
           pg_temp.roll(r.i, 135) % 1000 AS status_roll,
           CASE WHEN pg_temp.roll(r.i, 136) % 100 < 40 THEN NULL
                ELSE 1 + pg_temp.roll(r.i, 137) % greatest(1, least(t.users, (r.requested_s - t.created_s) * t.users / t.span))
           END AS user_k
    FROM r
    JOIN gen_tenant AS t USING (tenant_id)
), s AS MATERIALIZED (
    SELECT c.*,
           CASE WHEN c.tenant_id = 3 AND c.status_roll < 60 THEN 429
                WHEN c.status_roll < 80 THEN 400 WHEN c.status_roll < 90 THEN 401 WHEN c.status_roll < 115 THEN 404
                WHEN c.status_roll < 120 THEN 500 WHEN c.status_roll < 122 THEN 503
                WHEN c.method = 'POST' THEN 201 WHEN c.method = 'DELETE' THEN 204 ELSE 200
           END AS status
    FROM c
)
SELECT row_number() OVER (ORDER BY s.requested_s, s.i), s.tenant_id, u.user_id, s.method, s.endpoint, s.status,
       CASE WHEN s.status = 429 THEN 2 + pg_temp.roll(s.i, 138) % 5
            ELSE s.base_ms + pg_temp.roll(s.i, 138) % s.base_ms
                 + CASE WHEN pg_temp.roll(s.i, 139) % 100 < 5 THEN pg_temp.roll(s.i, 140) % 3000 ELSE 0 END
                 + CASE WHEN s.endpoint = '/v2/search' AND pg_temp.roll(s.i, 139) % 100 = 99 THEN 5000 + pg_temp.roll(s.i, 141) % 25000
                        ELSE 0 END
       END,
       to_timestamp(s.requested_s)
FROM s
LEFT JOIN gen_user AS u ON u.tenant_id = s.tenant_id AND u.k = s.user_k
UNION ALL
SELECT 29970 + j, 3, NULL, 'GET', '/v2/events', 200, 30 + pg_temp.roll(j, 142) % 40,
       to_timestamp(1735689600 - 3600 + j * 113)
FROM generate_series(1, 30) AS j;

-- Foreign keys, checked once now that the rows are in. The composite keys (tenant_id, x_id) make a
-- reference to another tenant's row impossible; ON DELETE SET NULL (column) (PostgreSQL 15+) clears
-- only the user column, never tenant_id. Deleting a tenant deletes everything it owns.
ALTER TABLE saas.users
    ADD CONSTRAINT users_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE,
    ADD CONSTRAINT users_manager_fkey FOREIGN KEY (tenant_id, manager_id) REFERENCES saas.users (tenant_id, user_id)
        ON DELETE SET NULL (manager_id);
ALTER TABLE saas.projects
    ADD CONSTRAINT projects_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE,
    ADD CONSTRAINT projects_owner_fkey FOREIGN KEY (tenant_id, owner_id) REFERENCES saas.users (tenant_id, user_id);
ALTER TABLE saas.tasks
    ADD CONSTRAINT tasks_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE,
    ADD CONSTRAINT tasks_project_fkey FOREIGN KEY (tenant_id, project_id) REFERENCES saas.projects (tenant_id, project_id)
        ON DELETE CASCADE,
    ADD CONSTRAINT tasks_assignee_fkey FOREIGN KEY (tenant_id, assignee_id) REFERENCES saas.users (tenant_id, user_id)
        ON DELETE SET NULL (assignee_id);
ALTER TABLE saas.events
    ADD CONSTRAINT events_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE,
    ADD CONSTRAINT events_user_fkey FOREIGN KEY (tenant_id, user_id) REFERENCES saas.users (tenant_id, user_id)
        ON DELETE SET NULL (user_id);
ALTER TABLE saas.subscriptions
    ADD CONSTRAINT subscriptions_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE;
ALTER TABLE saas.invoices
    ADD CONSTRAINT invoices_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE,
    ADD CONSTRAINT invoices_subscription_fkey FOREIGN KEY (tenant_id, subscription_id)
        REFERENCES saas.subscriptions (tenant_id, subscription_id) ON DELETE CASCADE;
ALTER TABLE saas.api_requests
    ADD CONSTRAINT api_requests_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES saas.tenants (tenant_id) ON DELETE CASCADE;

-- Secondary indexes. Every foreign key is covered by an index whose leading columns are the key's,
-- except tasks (tenant_id, assignee_id): left unindexed on purpose for the query-tuning lessons
-- ("my open tasks" scans all of tasks; deleting a user does too).
CREATE UNIQUE INDEX users_tenant_id_lower_email_key ON saas.users (tenant_id, lower(email));
CREATE UNIQUE INDEX users_one_owner_per_tenant ON saas.users (tenant_id) WHERE role = 'owner';
CREATE INDEX users_tenant_id_manager_id_idx ON saas.users (tenant_id, manager_id);
CREATE INDEX projects_tenant_id_owner_id_idx ON saas.projects (tenant_id, owner_id);
CREATE INDEX tasks_tenant_id_project_id_idx ON saas.tasks (tenant_id, project_id);
CREATE INDEX tasks_tags_idx ON saas.tasks USING gin (tags);
CREATE INDEX events_tenant_id_occurred_at_idx ON saas.events (tenant_id, occurred_at);
CREATE INDEX events_tenant_id_user_id_idx ON saas.events (tenant_id, user_id);
-- jsonb_path_ops: smaller and faster for @> containment, but no help for the ? key operators
CREATE INDEX events_payload_idx ON saas.events USING gin (payload jsonb_path_ops);
CREATE UNIQUE INDEX subscriptions_one_open_per_tenant ON saas.subscriptions (tenant_id) WHERE ended_on IS NULL;
CREATE INDEX invoices_tenant_id_subscription_id_idx ON saas.invoices (tenant_id, subscription_id);
CREATE UNIQUE INDEX invoices_one_per_period ON saas.invoices (subscription_id, period_start) WHERE status <> 'void';
CREATE INDEX api_requests_tenant_id_requested_at_idx ON saas.api_requests (tenant_id, requested_at);

-- New rows get the next ids after the generated ones.
SELECT setval(pg_get_serial_sequence('saas.tenants', 'tenant_id'), (SELECT max(tenant_id) FROM saas.tenants));
SELECT setval(pg_get_serial_sequence('saas.users', 'user_id'), (SELECT max(user_id) FROM saas.users));
SELECT setval(pg_get_serial_sequence('saas.projects', 'project_id'), (SELECT max(project_id) FROM saas.projects));
SELECT setval(pg_get_serial_sequence('saas.tasks', 'task_id'), (SELECT max(task_id) FROM saas.tasks));
SELECT setval(pg_get_serial_sequence('saas.events', 'event_id'), (SELECT max(event_id) FROM saas.events));
SELECT setval(pg_get_serial_sequence('saas.subscriptions', 'subscription_id'), (SELECT max(subscription_id) FROM saas.subscriptions));
SELECT setval(pg_get_serial_sequence('saas.invoices', 'invoice_id'), (SELECT max(invoice_id) FROM saas.invoices));
SELECT setval(pg_get_serial_sequence('saas.api_requests', 'request_id'), (SELECT max(request_id) FROM saas.api_requests));

-- The generator's scratch tables would otherwise live until the installer's session ends.
DROP TABLE gen_invoice, gen_subscription, gen_task, gen_project, gen_user, gen_tenant;

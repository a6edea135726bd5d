CREATE DATABASE exercises;
CREATE USER minigrader with password '' VALID UNTIL 'infinity';
GRANT CONNECT ON DATABASE exercises TO minigrader;
\c exercises
CREATE SCHEMA cd;
GRANT USAGE ON SCHEMA cd TO minigrader;

SET search_path = cd, pg_catalog;

CREATE TABLE facilities (
    facid integer NOT NULL,
    name character varying(100) NOT NULL,
    membercost numeric NOT NULL,
    guestcost numeric NOT NULL
);

CREATE TABLE members (
    memid integer NOT NULL,
    surname character varying(200) NOT NULL,
    firstname character varying(200) NOT NULL,
    recommendedby integer,
    joindate timestamp without time zone NOT NULL
);

CREATE TABLE bookings (
    bookid integer NOT NULL,
    facid integer NOT NULL,
    memid integer NOT NULL,
    starttime timestamp without time zone NOT NULL,
    slots integer NOT NULL
);

COPY facilities (facid, name, membercost, guestcost) FROM stdin;
0	Tennis Court A	4	20
1	Tennis Court B	4	20
2	Badminton Hall	0	12.5
3	Ping Pong	0	3
4	Sauna	7	18
\.

COPY members (memid, surname, firstname, recommendedby, joindate) FROM stdin;
0	GUEST	GUEST	\N	2020-01-01 00:00:00
1	Okafor	Ada	\N	2020-02-03 09:00:00
2	Lindqvist	Bo	1	2020-03-14 10:30:00
3	Okafor	Chidi	1	2020-04-01 08:00:00
4	Moreau	Dana	3	2020-05-20 17:45:00
5	Tanaka	Eiji	\N	2020-06-30 12:00:00
\.

COPY bookings (bookid, facid, memid, starttime, slots) FROM stdin;
0	0	1	2020-07-01 08:00:00	2
1	0	2	2020-07-01 10:00:00	2
2	1	0	2020-07-01 09:00:00	3
3	2	3	2020-07-02 08:00:00	1
4	2	3	2020-07-02 12:00:00	2
5	3	4	2020-07-02 14:00:00	2
6	4	5	2020-07-03 16:00:00	1
7	0	1	2020-07-03 08:00:00	2
8	1	2	2020-07-04 11:00:00	2
9	2	0	2020-07-04 09:30:00	1
10	3	1	2020-07-05 13:00:00	2
11	4	2	2020-07-05 15:00:00	1
\.

ALTER TABLE ONLY facilities ADD CONSTRAINT facilities_pk PRIMARY KEY (facid);
ALTER TABLE ONLY members ADD CONSTRAINT members_pk PRIMARY KEY (memid);
ALTER TABLE ONLY bookings ADD CONSTRAINT bookings_pk PRIMARY KEY (bookid);
ALTER TABLE ONLY bookings ADD CONSTRAINT fk_bookings_facid FOREIGN KEY (facid) REFERENCES facilities(facid);
ALTER TABLE ONLY bookings ADD CONSTRAINT fk_bookings_memid FOREIGN KEY (memid) REFERENCES members(memid);
ALTER TABLE ONLY members ADD CONSTRAINT fk_members_recommendedby FOREIGN KEY (recommendedby) REFERENCES members(memid) ON DELETE SET NULL;

CREATE INDEX "bookings.facid_starttime" ON cd.bookings USING btree (facid, starttime);

alter database exercises set default_transaction_read_only = on;
GRANT SELECT ON ALL TABLES IN SCHEMA cd TO minigrader;
ANALYZE;

-- Whose turn it is to run a timer's pass in a cluster: every node's timer fires, and the one that
-- moves next_turn_at forward (on the database's clock, so the nodes' clocks do not matter) runs
-- the pass; the others skip it. A node that dies simply stops taking turns.
create table timer_turn (
    duty         varchar(64)  not null primary key,
    holder       varchar(255) not null,
    next_turn_at datetime(6)  not null,
    turns        bigint       not null
);

-- A row per duty from the start: a turn is then one update of an existing row (a lock on that row
-- alone), where a first insert racing other nodes' updates would take gap locks and deadlock.
insert into timer_turn (duty, holder, next_turn_at, turns) values
    ('assignment-timeouts', '', '2000-01-01', 0),
    ('sla-watch', '', '2000-01-01', 0),
    ('timed-rules', '', '2000-01-01', 0),
    ('mail-watch', '', '2000-01-01', 0),
    ('mailbox-polls', '', '2000-01-01', 0),
    ('mailbox-listeners', '', '2000-01-01', 0),
    ('webhook-sweep', '', '2000-01-01', 0),
    ('report-watch', '', '2000-01-01', 0),
    ('faq-mining', '', '2000-01-01', 0),
    ('sign-in-failure-sweep', '', '2000-01-01', 0);

-- Who has which ticket open, and who is typing on it, from the heartbeats their screens send every
-- few seconds: in the database, so that agents served by different nodes see each other. A row
-- not renewed for a few seconds is read as gone; rows are deleted when a screen leaves, and stale
-- ones of a ticket when someone else's heartbeat on it comes in.
create table ticket_presence (
    ticket_number varchar(32)  not null,
    username      varchar(255) not null,
    name          varchar(255) not null,
    typing        boolean      not null,
    seen_at       datetime(6)  not null,
    primary key (ticket_number, username)
);

-- Scheduled delivery: managers subscribe to a report for a period kind; each period is delivered
-- once (unique subscription + period), also across restarts and crashes, and periods missed while
-- the server was down are delivered when it is back.

create table report_subscription (
    id                bigint auto_increment primary key,
    owner_id          bigint        not null,
    report            varchar(10)   not null,
    format            varchar(4)    not null,
    frequency         varchar(8)    not null,
    zone              varchar(60)   not null,
    locale            varchar(10)   not null,
    send_hour         int           not null,
    team              varchar(60)   null,
    category          varchar(100)  null,
    priority          varchar(30)   null,
    channel           varchar(10)   null,
    organization      varchar(200)  null,
    agent             varchar(100)  null,
    -- One address per line, as given.
    recipients        varchar(4000) not null,
    active            boolean       not null default true,
    created_at        datetime(6)   not null,
    -- The first day of the oldest period not yet delivered, and when it falls due (UTC).
    next_period_start date          not null,
    next_due_at       datetime(6)   not null,
    version           bigint        not null default 0,
    constraint fk_report_subscription_owner foreign key (owner_id) references app_user (id),
    constraint ck_report_subscription_hour check (send_hour between 0 and 23)
);
-- The watch reads the due subscriptions as a short range of this index.
create index ix_report_subscription_due on report_subscription (active, next_due_at);
create index ix_report_subscription_owner on report_subscription (owner_id, id);

create table report_delivery (
    id              bigint auto_increment primary key,
    subscription_id bigint        not null,
    period_start    date          not null,
    period_end      date          not null,
    state           varchar(10)   not null,
    -- The message in the outbox, whose attempts are the delivery's log.
    mail_id         bigint        null,
    error           varchar(1000) null,
    created_at      datetime(6)   not null,
    constraint uk_report_delivery_period unique (subscription_id, period_start),
    constraint fk_report_delivery_subscription foreign key (subscription_id) references report_subscription (id) on delete cascade,
    constraint fk_report_delivery_mail foreign key (mail_id) references outgoing_mail (id),
    constraint ck_report_delivery_state check (state in ('QUEUED', 'FAILED'))
);
create index ix_report_delivery_created on report_delivery (subscription_id, created_at);

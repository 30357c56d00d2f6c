-- Administrators' wording of Bilet's mails (org.bilet.channels.mail.templates): at most one per
-- kind of mail and language; without one, Bilet's own wording (letters*.properties) is used.
-- Restoring Bilet's wording deletes the row.

create table mail_template (
    id          bigint auto_increment primary key,
    topic       varchar(40)   not null,
    language    varchar(8)    not null,
    subject     varchar(250)  not null,
    body        text          not null,
    changed_by  bigint        not null,
    changed_at  datetime(6)   not null,
    version     bigint        not null,
    -- Each mail reads its wording by this key.
    constraint uk_mail_template_topic_language unique (topic, language),
    constraint fk_mail_template_changed_by foreign key (changed_by) references app_user (id)
);

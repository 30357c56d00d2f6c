-- Which mails each person chose not to get. A person gets every mail their role can get unless a
-- row here says otherwise, so a new kind of mail reaches people without a migration of their choices.
create table mail_preference (
    user_id  bigint      not null,
    -- A MailTopic's name: RECEIVED, ASSIGNED, WATCHED_REPLY…
    topic    varchar(32) not null,
    by_mail  boolean     not null,
    primary key (user_id, topic),
    constraint fk_mail_preference_user foreign key (user_id) references app_user (id)
);

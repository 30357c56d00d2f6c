-- Whether Bilet keeps an IMAP IDLE connection to the mailbox, so that new mail is read as it arrives
-- rather than at the next poll. On by default, for the mailboxes already set up too.
alter table mailbox add column use_idle boolean not null default true;

-- A file attached to an internal note is as internal as the note, and so is the history entry that
-- records it: requesters never read it. Entries of files already attached are marked by finding their
-- attachment (same ticket, name, uploader and instant); history is otherwise never updated.
alter table ticket_event add column internal boolean not null default false;

update ticket_event e
    join attachment a on a.ticket_id = e.ticket_id and a.file_name = e.new_value
                     and a.uploaded_by_id = e.actor_id and a.uploaded_at = e.occurred_at
    join ticket_message m on m.id = a.message_id
set e.internal = true
where e.kind = 'ATTACHED' and m.internal = true;

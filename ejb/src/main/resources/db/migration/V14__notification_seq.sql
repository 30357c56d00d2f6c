-- An SLA pass may notify a whole team for each of hundreds of tickets: ids from a sequence taken in
-- blocks let those notifications go in batches instead of one statement (and one round trip) each.
-- Hibernate's pooled blocks end at the value they read (V-49..V), so the first value read is the
-- last id of a first block after the notifications already written.
set @next_notification = (select coalesce(max(id), 0) + 50 from notification);
set @create_sequence = concat('create sequence notification_seq start with ', @next_notification, ' increment by 50');
prepare create_sequence from @create_sequence;
execute create_sequence;
deallocate prepare create_sequence;

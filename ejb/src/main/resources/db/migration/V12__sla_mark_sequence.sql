-- The marks of a ticket's SLA clocks are written with every change, several per transaction: ids
-- from a sequence taken in blocks (as tickets and their events have) let them go in one batch
-- instead of one statement each. Hibernate's pooled blocks end at the value they read (V-49..V),
-- so the first value read is the last id of a first block after the marks already written.
set @next_mark = (select coalesce(max(id), 0) + 50 from sla_mark);
set @create_sequence = concat('create sequence sla_mark_seq start with ', @next_mark, ' increment by 50');
prepare create_sequence from @create_sequence;
execute create_sequence;
deallocate prepare create_sequence;

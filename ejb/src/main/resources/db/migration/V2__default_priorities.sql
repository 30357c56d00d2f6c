-- The default priority scale; administrators may change it. Resolution targets in hours.
insert into priority (code, name, rank_order, resolution_hours, is_default) values
    ('LOW', 'Low', 1, 120, false),
    ('NORMAL', 'Normal', 2, 72, true),
    ('HIGH', 'High', 3, 24, false),
    ('URGENT', 'Urgent', 4, 8, false);

-- issue 16: a definition's history says how each version came (a shipped preset, an uploaded file, an edit on the
-- page) and what its author said changed; the text diff between versions is computed from the stored texts.
alter table programme_definition
    add column origin      varchar(8) not null default 'FILE' check (origin in ('PRESET', 'FILE', 'EDIT')),
    add column change_note text       not null default '';

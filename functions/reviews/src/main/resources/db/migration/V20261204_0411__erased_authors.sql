-- A deleted account's reviews keep their stars and text but no name: the author is stored as a marker (no name,
-- author_erased) instead of words in one language, and every reader says it in its own ("Deleted account", "已注销用户").
alter table reviews add column author_erased boolean not null default false;
alter table reviews alter column author_name drop not null;
-- reviews erased before this migration carry the English words reviews-contract wrote until now
update reviews set author_name = null, author_erased = true where author_name = 'Deleted account';
alter table reviews add constraint reviews_author_name_or_erased check ((author_name is null) = author_erased);

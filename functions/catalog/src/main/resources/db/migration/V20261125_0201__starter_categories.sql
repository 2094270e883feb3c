-- A starter category tree; platform admins extend it through /api/admin/categories.
insert into categories (id, parent_id, name, slug, path, position) values
    (1, null, 'Electronics', 'electronics', '/1/', 1),
    (2, 1, 'Audio', 'audio', '/1/2/', 1),
    (3, 2, 'Headphones', 'headphones', '/1/2/3/', 1),
    (4, 1, 'Phones', 'phones', '/1/4/', 2),
    (5, null, 'Clothing', 'clothing', '/5/', 2),
    (6, 5, 'T-shirts', 't-shirts', '/5/6/', 1),
    (7, 5, 'Shoes', 'shoes', '/5/7/', 2),
    (8, null, 'Home', 'home', '/8/', 3),
    (9, 8, 'Kitchen', 'kitchen', '/8/9/', 1),
    (10, null, 'Books', 'books', '/10/', 4);
select setval('categories_id_seq', 100);

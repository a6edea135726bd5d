|QUESTIONNAME|
Members by join date
|QUESTION|
List member surnames and join dates, newest first.
|QUERY|
select surname, joindate from cd.members order by joindate desc;
|ANSWER|
<p>Sort with <c>ORDER BY ... DESC</c>.</p>
|HINT|
<c>ORDER BY</c>
|SORTED|
1
|PAGEID|
11111111-0000-0000-0000-000000000003
|WRITEABLE|
0

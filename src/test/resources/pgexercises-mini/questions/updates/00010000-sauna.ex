|QUESTIONNAME|
Make the sauna cheaper
|QUESTION|
The sauna's member cost drops to 5.
|QUERY|
update cd.facilities set membercost = 5 where name = 'Sauna';
|ANSWER|
<p><c>UPDATE ... SET ... WHERE</c>.</p>
|HINT|
Don't forget the <c>WHERE</c>.
|SORTED|
1
|PAGEID|
11111111-0000-0000-0000-000000000005
|WRITEABLE|
1
|RETURNTABLE|
cd.facilities

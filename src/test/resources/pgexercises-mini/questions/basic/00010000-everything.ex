|QUESTIONNAME|
All facilities
|QUESTION|
Show every column of every facility.
|QUERY|
select * from cd.facilities;
|ANSWER|
<p><c>SELECT *</c> returns all columns:</p>
<sql>
select * from cd.facilities;
</sql>
|HINT|
Use <c>*</c>.
|SORTED|
0
|PAGEID|
11111111-0000-0000-0000-000000000001
|WRITEABLE|
0

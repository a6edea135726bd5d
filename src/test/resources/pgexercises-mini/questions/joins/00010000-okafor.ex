|QUESTIONNAME|
Bookings by the Okafors
|QUESTION|
Start times of bookings made by members called Okafor.
|QUERY|
select bks.starttime from cd.bookings bks inner join cd.members mems on mems.memid = bks.memid where mems.surname = 'Okafor';
|ANSWER|
<p>Join on <c>memid</c>.</p>
|HINT|
<c>JOIN ... ON</c>
|SORTED|
0
|PAGEID|
11111111-0000-0000-0000-000000000004
|WRITEABLE|
0

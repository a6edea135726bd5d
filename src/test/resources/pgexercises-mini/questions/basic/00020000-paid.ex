|QUESTIONNAME|
Facilities members pay for
|QUESTION|
<p>Which facilities charge members a fee? Show their names.</p>
|QUERY|
select name from cd.facilities where membercost > 0;
|ANSWER|
<p>Filter with <c>WHERE</c>.</p>
|HINT|
Compare <c>membercost</c> with zero.
|SORTED|
0
|PAGEID|
11111111-0000-0000-0000-000000000002
|WRITEABLE|
0

|QUESTIONNAME|
A file without a query
|QUESTION|
This file has no QUERY section, so the importer reports it.
|SORTED|
0

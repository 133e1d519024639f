"""Portal: national pages and a national search built from the published data of many member sites (each a
province's own build), merged by document identity.

May import `publish` and everything below it.
"""

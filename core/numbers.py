"""Whole numbers read from a request (ids, offsets, page numbers): one way, for the API and the site.

Its own module, without models: ``core.seo`` reads a listing's page number while the page models load.
"""

# The largest id, offset or page number the site and the API accept: PostgreSQL's and SQLite's integers hold it.
MAX_INTEGER = 2**31 - 1


def whole_number(value, maximum=MAX_INTEGER):
    """``value`` (text from a request, or an int from a path) as an int from 0 to ``maximum``; None otherwise.

    Only ASCII digits count: "²" is a digit to ``str.isdigit()`` but ``int()`` refuses it (a 500 before).
    Ids and counts go through it before they reach the database: Django guards lookups on integer
    fields against numbers the database cannot hold, not lookups through a relation (a guide's
    ``page_ptr``, a ``sponsor`` filter), where SQLite raises ``OverflowError`` — a 500
    (https://code.djangoproject.com/ticket/27397 fixed the integer fields only).
    """
    value = str(value)
    if not (value.isascii() and value.isdigit()) or len(value) > len(str(maximum)):
        return None
    number = int(value)
    return number if number <= maximum else None

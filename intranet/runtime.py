"""Process tuning applied where the application serves requests (wsgi.py) and where it is
measured (the search benchmark), so that both run the same way."""

import gc


def freeze_startup_heap():
    """Keep what start-up loaded (Django, Wagtail, every module: about 185 000 objects) out of
    the garbage collector's full collections, which otherwise scan it all, 160–230 ms here,
    in the middle of whichever request triggers one. Forked workers also keep sharing those
    pages of memory (Python's documentation recommends it for pre-fork servers)."""
    gc.collect()
    gc.freeze()

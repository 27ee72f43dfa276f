"""What a given person may see when no request is at hand (digest emails, token feeds).

``pages.visibility`` judges view restrictions on a request. Emails are built by a command and
feeds are fetched by feed readers without a session, so both judge on behalf of a user through
this request-like stand-in: the user's groups apply (superusers pass group restrictions, as on
the site), and password restrictions, which only a browser session can pass, never pass here.
Pass the same ``UserAudience`` to ``pages.visibility`` for every check about one user: it caches
the restricted paths the user does not pass.
"""


class UserAudience:
    """A request-like stand-in for ``user``, as ``PageViewRestriction.accept_request`` reads it."""

    def __init__(self, user):
        self.user = user
        self.session = {}
        self.COOKIES = {}

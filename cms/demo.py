"""Demo accounts, shared by `build_demo` and `demo_logins`.

One account per role with a documented password (see the README). They are
for a local demonstration only: `build_demo` refuses to run with DEBUG off.
"""

from django.utils.translation import gettext_lazy as _

from editorial.roles import AWT_EDITORS, DE_TRANSLATORS, NL_TRANSLATORS, REVIEWERS, UCM_EDITORS

DEMO_PASSWORD = "demo-jesuisfantastic"

# (username, first name, last name, role groups, superuser, description)
DEMO_USERS = [
    ("admin", "Alex", "Admin", [], True, _("Administrator: everything")),
    (
        "editor-ucm",
        "Ursule",
        "Collard",
        [UCM_EDITORS],
        False,
        _("UCM editor: agenda, testimonials, home and pages in French"),
    ),
    (
        "editor-awt",
        "Arnaud",
        "Wéry",
        [AWT_EDITORS],
        False,
        _("AWT editor: guides, self-diagnostic, home and pages in French"),
    ),
    ("reviewer", "Rita", "Lambert", [REVIEWERS], False, _("Reviewer: approves and publishes, every language")),
    ("translator-nl", "Noor", "Peeters", [NL_TRANSLATORS], False, _("Dutch translator")),
    ("translator-de", "Dieter", "Krings", [DE_TRANSLATORS], False, _("German translator")),
]

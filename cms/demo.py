"""Demo accounts, shared by `build_demo` and `demo_logins`.

One account per role with a documented password (see the README). They are
for a local demonstration only: `build_demo` refuses to run with DEBUG off.
"""

from django.utils.translation import gettext_lazy as _

DEMO_PASSWORD = "demo-jesuisfantastic"

# (username, first name, last name, role groups, superuser, description)
DEMO_USERS = [
    ("admin", "Alex", "Admin", [], True, _("Administrator: everything")),
]

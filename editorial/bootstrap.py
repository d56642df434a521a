"""What ``setup_site`` asks of the editorial app."""

from editorial.roles import ensure_roles, give_admin_languages
from editorial.workflow import ensure_workflow


def ensure_editorial_setup():
    """Roles, their permissions, the review workflow and translators' admin language (idempotent)."""
    ensure_roles()
    ensure_workflow()
    give_admin_languages()

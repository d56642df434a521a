"""What ``setup_site`` asks of the editorial app."""

from editorial.roles import ensure_roles
from editorial.workflow import ensure_workflow


def ensure_editorial_setup():
    """Roles, their permissions and the review workflow (idempotent)."""
    ensure_roles()
    ensure_workflow()

"""The admin never makes a visitor's browser ask another server for an avatar."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("address", ["/admin/", "/admin/account/", "/admin/users/"])
def test_the_admin_shows_no_gravatar(admin_client, site, address):
    response = admin_client.get(address)
    assert response.status_code == 200
    assert b"gravatar" not in response.content.lower()
    assert b"/static/wagtailadmin/images/default-user-avatar" in response.content

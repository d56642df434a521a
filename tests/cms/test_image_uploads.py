"""What the image library accepts from an editor's upload."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from editorial import roles

SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    b'<script>fetch("/admin/users/")</script><rect width="10" height="10"/></svg>'
)


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (10, 10), "red").save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, name, content, content_type):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": str(Collection.get_first_root_node().pk),
        },
    )


@pytest.fixture
def editor(site, client):
    """An editor as setup_site defines them (they may add images)."""
    user = get_user_model().objects.create_user("editor", "editor@example.be", "pw")
    user.groups.set(Group.objects.filter(name=roles.UCM_EDITORS))
    client.force_login(user)
    return client


@pytest.mark.parametrize("name", ["logo.svg", "logo.SVG"])
def test_an_svg_image_is_refused_with_a_message(name, editor):
    """An SVG runs its scripts when opened from the site's own address: the library refuses it."""
    response = upload(editor, name, SVG_WITH_SCRIPT, "image/svg+xml")
    assert response.status_code == 200  # the form again, with its error
    assert "svg" not in response.context["form"].fields["file"].help_text.lower()
    assert response.context["form"].errors["file"]
    assert not get_image_model().objects.filter(title=name).exists()


def test_a_png_image_is_accepted(editor):
    response = upload(editor, "logo.png", png(), "image/png")
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="logo.png").exists()

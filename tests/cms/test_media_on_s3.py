"""Images, renditions and documents uploaded through the admin land in a real S3 bucket."""

import io
import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


def png_bytes(width=320, height=200):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (11, 92, 171)).save(buffer, "PNG")
    return buffer.getvalue()


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.read()


@pytest.fixture
def bucket(s3_server, request):
    name = s3_server.create_bucket(f"media-{request.node.name.replace('_', '-')[:40]}")
    with override_settings(STORAGES=s3_server.storages_setting(name), WAGTAILDOCS_SERVE_METHOD="redirect"):
        yield name


def bucket_keys(s3_server, bucket):
    listing = s3_server.client().list_objects_v2(Bucket=bucket)
    return {item["Key"]: item["Size"] for item in listing.get("Contents", [])}


def test_image_and_rendition_are_stored_in_the_bucket_and_served_back(admin_client, s3_server, bucket):
    original = png_bytes()
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Vitrine du magasin", "file": SimpleUploadedFile("vitrine.png", original, "image/png")},
    )
    assert response.status_code == 302, response.content[:500]

    image = get_image_model().objects.get(title="Vitrine du magasin")
    keys = bucket_keys(s3_server, bucket)
    assert keys[image.file.name] == len(original)
    assert image.file.name.startswith("original_images/")

    rendition = image.get_rendition("width-100")
    keys = bucket_keys(s3_server, bucket)
    assert rendition.file.name in keys and rendition.file.name.startswith("images/")
    assert (rendition.width, rendition.height) == (100, 62)

    # Served back through signed URLs pointing at the store.
    assert rendition.url.startswith(s3_server.url) and "Signature=" in rendition.url
    assert fetch(image.file.url) == original
    served = PILImage.open(io.BytesIO(fetch(rendition.url)))
    assert served.size == (100, 62)


def test_document_is_stored_in_the_bucket_and_served_through_a_signed_redirect(admin_client, s3_server, bucket):
    content = b"%PDF-1.4\n% slides of the e-invoicing seminar\n"
    response = admin_client.post(
        "/admin/documents/add/",
        {"title": "Slides facturation", "file": SimpleUploadedFile("slides.pdf", content, "application/pdf")},
    )
    assert response.status_code == 302, response.content[:500]

    document = get_document_model().objects.get(title="Slides facturation")
    assert bucket_keys(s3_server, bucket)[document.file.name] == len(content)
    assert document.file_size == len(content)

    response = admin_client.get(document.url)
    assert response.status_code == 302
    assert response["Location"].startswith(s3_server.url)
    assert fetch(response["Location"]) == content

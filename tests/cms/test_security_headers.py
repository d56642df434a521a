"""Content-Security-Policy and Permissions-Policy on the site, the API and the admin."""

import json
import os
import re
import subprocess
import sys

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Page

from tests.inline_code import inline_code

STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def directives(response):
    header = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in header.split(";") if part.strip())}


@pytest.mark.parametrize(
    "path",
    ["/fr/", "/fr/search/?q=facture", "/fr/nothing-here/", "/api/v2/pages/?locale=fr", "/api/v2/schema/docs/"],
)
def test_the_site_and_the_api_have_the_strict_policy(client, site, path):
    response = client.get(path)
    policy = directives(response)
    assert {name: policy.get(name) for name in STRICT} == STRICT
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_the_admin_has_its_own_policy(client, site):
    """Wagtail's admin needs inline scripts and styles; it frames its own previews; nothing else changes."""
    policy = directives(client.get("/admin/login/"))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert (policy["object-src"], policy["base-uri"], policy["form-action"]) == (["'none'"], ["'self'"], ["'self'"])
    admin = get_user_model().objects.create_superuser("root", "root@example.be", "pw-root-2026")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'self'"]
    # The visitor site keeps its strict policy for the same signed-in editor.
    assert directives(client.get("/fr/"))["script-src"] == ["'self'"]


def test_a_page_previewed_in_the_admin_keeps_the_site_policy_but_may_be_framed_by_it(site):
    """Wagtail renders a preview through the middleware with a dummy request for the page's own address."""
    home = Page.objects.get(pk=site.root_page_id).specific
    policy = directives(home.make_preview_request())
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.parametrize("path", ["/fr/", "/api/v2/pages/?locale=fr", "/admin/login/"])
def test_powerful_features_are_denied_but_the_video_player_keeps_fullscreen(client, site, path):
    features = dict(
        re.fullmatch(r"([a-z-]+)=\((.*)\)", item.strip()).groups()
        for item in client.get(path)["Permissions-Policy"].split(",")
    )
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "display-capture", "browsing-topics"):
        assert features[feature] == "", feature
    for feature in ("fullscreen", "autoplay", "picture-in-picture"):
        allowed = features[feature].split()
        assert allowed[0] == "self" and '"https://www.youtube-nocookie.com"' in allowed, feature


def test_the_api_documentation_page_runs_no_inline_code(client, site):
    """Swagger UI's start-up script is a script of its own (tests/api/test_openapi.py), its style a file."""
    assert inline_code(client.get("/api/v2/schema/docs/").content.decode()) == []


def policy_with(env):
    """The CSP directives the settings build from ``env`` (a fresh process: settings read the environment once)."""
    code = (
        "import django, json; django.setup(); from django.conf import settings; "
        "print(json.dumps(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "CSP_", "VIDEO_EMBED"))}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={**clean, "DJANGO_SETTINGS_MODULE": "cms.settings.test", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def test_media_origins_follow_the_storage_and_can_be_set():
    bucket = {"AWS_STORAGE_BUCKET_NAME": "jsf-media"}
    assert policy_with({})["img-src"] == ["'self'"]
    cdn = policy_with({**bucket, "AWS_S3_CUSTOM_DOMAIN": "media.jesuisfantastic.be"})
    assert cdn["img-src"] == cdn["media-src"] == ["'self'", "https://media.jesuisfantastic.be"]
    endpoint = policy_with({**bucket, "AWS_S3_ENDPOINT_URL": "https://s3.example.net:9000"})
    assert endpoint["media-src"] == ["'self'", "https://s3.example.net:9000"]
    chosen = policy_with({**bucket, "CSP_MEDIA_ORIGINS": "https://a.example https://b.example"})
    assert chosen["img-src"] == ["'self'", "https://a.example", "https://b.example"]


def test_video_players_and_report_address_can_be_set():
    policy = policy_with({"VIDEO_EMBED_ORIGINS": "https://player.example", "CSP_REPORT_URI": "https://r.example/csp"})
    assert policy["frame-src"] == ["https://player.example"]
    assert policy["report-uri"] == ["https://r.example/csp"]
    assert policy_with({"VIDEO_EMBED_ORIGINS": ""})["frame-src"] == ["'none'"]

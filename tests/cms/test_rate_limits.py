"""Rate limits of the API, the search page and the admin login, and who counts as one client.

The test settings raise every rate (and switch django-axes off, see cms/settings/test.py) so that other
tests never meet them; here they are set low again, or back to the configured ones, and the requests go
through the real mechanism (django-ratelimit's counters in the cache, django-axes' attempts in the
database). The last test runs the counters on the real Redis, from two processes.
"""

import json
import os
import subprocess
import sys
import uuid
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory

from cms.settings import base
from tests.services import delete_redis_keys

REDIS_URL = "redis://127.0.0.1:6379/0"


def ip(settings, remote, forwarded=None, trusted=()):
    from core.ratelimits import client_ip

    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    settings.TRUSTED_PROXIES = list(trusted)
    return client_ip(RequestFactory().get("/", **extra))


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(settings):
    assert base.TRUSTED_PROXIES == []  # nothing trusted by default
    assert ip(settings, "203.0.113.9", "198.51.100.1") == "203.0.113.9"
    # Behind a trusted proxy, its last hop is the client; what the client wrote itself is ignored.
    assert ip(settings, "10.0.0.2", "198.51.100.1, 203.0.113.9", trusted=["10.0.0.0/8"]) == "203.0.113.9"
    # Two trusted proxies (a CDN in front of the load balancer).
    chain = "198.51.100.1, 203.0.113.9, 192.0.2.10"
    assert ip(settings, "10.0.0.2", chain, trusted=["10.0.0.0/8", "192.0.2.10"]) == "203.0.113.9"
    # A request straight to the server, bypassing the proxy, cannot choose its address.
    assert ip(settings, "203.0.113.50", "198.51.100.1", trusted=["10.0.0.0/8"]) == "203.0.113.50"
    assert ip(settings, "10.0.0.2", "not-an-address", trusted=["10.0.0.0/8"]) == "10.0.0.2"
    assert ip(settings, "2001:db8::1", "198.51.100.1") == "2001:db8::1"


def test_api_reads_over_the_limit_get_a_json_429_in_the_clients_language(client, site, rates):
    rates(api_read="3/m")
    for _ in range(3):
        assert client.get("/api/v2/themes/").status_code == 200
    refused = client.get("/api/v2/themes/", HTTP_ACCEPT_LANGUAGE="nl")
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/json"
    seconds = int(refused["Retry-After"])
    assert 0 < seconds <= 60
    expected = (
        "Te veel verzoeken. Probeer het over 1 seconde opnieuw."
        if seconds == 1
        else (f"Te veel verzoeken. Probeer het over {seconds} seconden opnieuw.")
    )
    assert refused.json() == {"message": expected}
    assert "max-age" not in refused.get("Cache-Control", "")  # a 429 is never cached as the page
    # ?locale= names the language, as for the API's other errors.
    assert client.get("/api/v2/pages/?locale=fr").json()["message"].startswith("Trop de requêtes.")
    # Searches are counted apart, and other clients are not concerned.
    assert client.get("/api/v2/search/?q=facture&locale=fr").status_code == 200
    assert client.get("/api/v2/themes/", REMOTE_ADDR="192.0.2.7").status_code == 200


def test_api_searches_have_their_tighter_limit(client, site, rates):
    rates(api_search="2/m")
    assert client.get("/api/v2/search/?q=facture&locale=fr").status_code == 200
    assert client.get("/api/v2/search/autocomplete/?q=fac&locale=fr").status_code == 200
    assert client.get("/api/v2/guides/?search=facture&locale=fr").status_code == 429
    assert client.get("/api/v2/search/?q=facture&locale=de").json()["message"].startswith("Zu viele Anfragen.")
    assert client.get("/api/v2/guides/?locale=fr").status_code == 200  # a plain read


def test_a_forged_forwarded_for_does_not_make_a_new_client(client, site, rates):
    rates(api_read="2/m")
    statuses = [client.get("/api/v2/themes/", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}").status_code for n in range(3)]
    assert statuses == [200, 200, 429]


def test_the_search_page_over_the_limit_is_a_page_in_the_visitors_language(client, site, rates):
    rates(search="2/m")
    assert client.get("/de/search/?q=rechnung").status_code == 200
    assert client.get("/de/search/").status_code == 200  # the empty form is not a search
    assert client.get("/de/search/?q=rechnung").status_code == 200
    refused = client.get("/de/search/?q=rechnung")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 60
    html = refused.content.decode()
    assert '<html lang="de">' in html and "<h1>Zu viele Anfragen</h1>" in html
    assert "Sie haben in kurzer Zeit zu viele Anfragen gesendet." in html


@pytest.mark.parametrize(
    "language, message",
    [
        ("fr", "Trop de tentatives de connexion échouées depuis votre connexion."),
        ("nl", "Te veel mislukte aanmeldpogingen vanaf uw verbinding."),
        ("de", "Zu viele fehlgeschlagene Anmeldeversuche von Ihrer Verbindung."),
    ],
)
def test_after_forty_wrong_passwords_the_right_one_is_refused_too(client, site, settings, language, message):
    settings.AXES_ENABLED = True  # off for the other tests: see cms/settings/test.py
    assert settings.AXES_FAILURE_LIMIT == base.AXES_FAILURE_LIMIT <= 40
    get_user_model().objects.create_superuser("admin", "admin@example.be", "le-bon-mot-de-passe")

    def login(password, **extra):
        return client.post(
            "/admin/login/",
            {"username": "admin", "password": password},
            HTTP_ACCEPT_LANGUAGE=language,
            **extra,
        )

    answers = [login(f"essai-{n}").status_code for n in range(40)]
    assert answers[: base.AXES_FAILURE_LIMIT - 1] == [200] * (base.AXES_FAILURE_LIMIT - 1)  # the form again
    assert answers[-1] == 429

    refused = login("le-bon-mot-de-passe")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) == base.AXES_COOLOFF_TIME.total_seconds()
    html = refused.content.decode()
    assert f'<html lang="{language}">' in html and message in html
    assert client.get("/admin/").status_code == 302  # not logged in

    # The lockout is for that address: a colleague elsewhere logs in.
    assert login("le-bon-mot-de-passe", REMOTE_ADDR="192.0.2.7").status_code == 302


SECOND_PROCESS = """
import sys
import django
django.setup()
from django.test import Client, override_settings

caches = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": sys.argv[1],
                      "KEY_PREFIX": sys.argv[2]}}
with override_settings(CACHES=caches, RATE_LIMITS={"api_read": "2/h"}):
    response = Client().get("/api/v2/themes/", HTTP_ACCEPT_LANGUAGE="fr")
print(response.status_code, response.get("Retry-After"), response.content.decode())
"""


def test_limits_are_shared_by_every_process_through_redis(client, site, settings, rates):
    prefix = f"jsf-test-{uuid.uuid4().hex}"
    backend = "django.core.cache.backends.redis.RedisCache"
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": REDIS_URL, "KEY_PREFIX": prefix}}
    # Per hour: the counters' windows are fixed, and a minute's could end while the second process starts.
    rates(api_read="2/h")
    try:
        assert [client.get("/api/v2/themes/").status_code for _ in range(2)] == [200, 200]
        # The third request comes from another process (another gunicorn worker, another server).
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
        env.pop("REDIS_URL", None)
        if connection.vendor == "postgresql":  # this test's database, not DATABASE_URL's (which may not exist)
            env["DATABASE_URL"] = (
                urlsplit(env["DATABASE_URL"])._replace(path="/" + connection.settings_dict["NAME"]).geturl()
            )
        second = subprocess.run(
            [sys.executable, "-c", SECOND_PROCESS, REDIS_URL, prefix],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        status, retry_after, body = second.stdout.strip().split(" ", 2)
        assert (status, json.loads(body)["message"].startswith("Trop de requêtes.")) == ("429", True)
        assert 0 < int(retry_after) <= 3600
    finally:
        delete_redis_keys(REDIS_URL, prefix)


def test_guessing_a_protected_pages_password_is_limited(client, site, rates):
    from wagtail.models import Page, PageViewRestriction

    rates(page_password="3/h")
    home = Page.objects.get(pk=site.root_page_id)
    restriction = PageViewRestriction.objects.create(page=home, restriction_type="password", password="sesame")
    url = f"/nl/_util/authenticate_with_password/{restriction.pk}/{home.pk}/"
    guesses = [client.post(url, {"password": f"gok-{n}", "return_url": "/nl/"}).status_code for n in range(3)]
    assert 429 not in guesses
    refused = client.post(url, {"password": "sesame", "return_url": "/nl/"})
    assert refused.status_code == 429
    assert "U hebt in korte tijd te veel verzoeken verstuurd." in refused.content.decode()


def test_the_admins_password_reset_is_limited(client, site, rates):
    from django.core import mail

    rates(password_reset="2/h")
    get_user_model().objects.create_user("lea", "lea@example.be", "un-mot-de-passe")
    sent = [client.post("/admin/password_reset/", {"email": "lea@example.be"}).status_code for _ in range(2)]
    assert sent == [302, 302]
    refused = client.post("/admin/password_reset/", {"email": "lea@example.be"}, HTTP_ACCEPT_LANGUAGE="de")
    assert refused.status_code == 429
    assert "Sie haben in kurzer Zeit zu viele Anfragen gesendet." in refused.content.decode()
    assert len(mail.outbox) == 2
    assert client.get("/admin/password_reset/").status_code == 200  # reading the form is not counted


def test_when_redis_is_down_the_limits_let_requests_through(settings, rates, caplog):
    from django.core.cache import caches

    from core.ratelimits import usage
    from tests.services import free_port

    backend = "django.core.cache.backends.redis.RedisCache"
    settings.CACHES = {"default": {"BACKEND": backend, "LOCATION": f"redis://127.0.0.1:{free_port()}/0"}}
    rates(api_read="1/m")
    request = RequestFactory().get("/api/v2/themes/")
    try:
        assert [usage(request, "api_read") for _ in range(2)] == [None, None]
        assert "Rate limit api_read not applied" in caplog.text
    finally:
        caches["default"].close()


def test_the_admins_own_api_is_not_counted_as_the_public_api(admin_client, site, rates):
    rates(api_read="1/m")
    assert [admin_client.get("/admin/api/main/pages/").status_code for _ in range(3)] == [200, 200, 200]
    assert [admin_client.get("/api/v2/themes/").status_code for _ in range(2)] == [200, 429]


def test_a_front_end_on_another_origin_can_read_when_to_retry(client, site, rates, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://front.example.be"]
    rates(api_read="1/m")
    client.get("/api/v2/themes/", HTTP_ORIGIN="https://front.example.be")
    refused = client.get("/api/v2/themes/", HTTP_ORIGIN="https://front.example.be")
    assert refused.status_code == 429
    assert refused["Access-Control-Allow-Origin"] == "https://front.example.be"
    assert "Retry-After" in refused["Access-Control-Expose-Headers"]


def base_settings(**variables):
    """cms.settings.base as a process with these environment variables reads it."""
    code = (
        "import json; from cms.settings import base; print(json.dumps([base.RATE_LIMITS, base.TRUSTED_PROXIES,"
        " base.AXES_FAILURE_LIMIT, base.AXES_COOLOFF_TIME.total_seconds()]))"
    )
    env = {**os.environ, **variables}
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)


def test_limits_come_from_the_environment_and_a_malformed_one_stops_the_start():
    read = base_settings(
        RATE_LIMIT_API_READ="50/s",
        RATE_LIMIT_RESULT_FORM="2/d",
        TRUSTED_PROXIES="10.0.0.0/8, 192.0.2.10",
        LOGIN_FAILURE_LIMIT="5",
        LOGIN_LOCKOUT_MINUTES="2",
    )
    rates, proxies, failures, lockout = json.loads(read.stdout)
    assert (rates["api_read"], rates["result_form"], rates["search"]) == ("50/s", "2/d", "60/m")
    assert (proxies, failures, lockout) == (["10.0.0.0/8", "192.0.2.10/32"], 5, 120)

    for variables in ({"RATE_LIMIT_SEARCH": "60 per minute"}, {"TRUSTED_PROXIES": "the-load-balancer"}):
        refused = base_settings(**variables)
        assert refused.returncode != 0
        assert next(iter(variables.values())) in refused.stderr

"""The load benchmark's harness works (nothing here is timed): both projects are seeded with valid
trees of translated, live guides, and every address the benchmark loads answers 200."""

import json
import os
import secrets
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils.html import escape
from wagtail.models import Page

from bench.corpus import bulk_guides
from bench.load import run
from guides.models import GuideIndexPage, GuidePage

NO_PROBLEMS = [0, 0, 0, 0, 0]


def tree_problems():
    return [len(problem) for problem in Page.find_problems()]


@pytest.mark.django_db
def test_bulk_guides_build_a_valid_tree_of_live_translated_guides_that_are_served(site):
    assert bulk_guides(3) == 9
    assert tree_problems() == NO_PROBLEMS
    for index in GuideIndexPage.objects.all():
        assert index.get_children().live().type(GuidePage).count() == 3
    french = GuidePage.objects.filter(locale__language_code="fr").order_by("path").first()
    assert {page.locale.language_code for page in french.get_translations()} == {"nl", "de"}
    for page in [french, *french.get_translations()]:
        response = Client().get(page.url)
        assert response.status_code == 200
        assert escape(page.title) in response.content.decode()


@pytest.mark.django_db
def test_a_seeded_tree_grows_with_the_same_guides_a_fresh_one_gets(site):
    bulk_guides(2)
    bulk_guides(5, start=2)
    assert tree_problems() == NO_PROBLEMS
    grown = list(GuidePage.objects.order_by("locale__language_code", "path").values_list("slug", "translation_key"))
    GuidePage.objects.all().delete()
    Page.fix_tree(fix_paths=True)
    bulk_guides(5)
    fresh = list(GuidePage.objects.order_by("locale__language_code", "path").values_list("slug", "translation_key"))
    assert len(grown) == 15
    assert grown == fresh


@pytest.mark.django_db
def test_every_address_the_benchmark_loads_answers_200_with_its_queries_counted(site, settings, tmp_path):
    settings.ROOT_URLCONF = "bench.load.urls_product"
    bulk_guides(4)
    call_command("search_index", verbosity=0)
    urls = run.worker_urls("product", 4)
    assert set(urls) == {*run.ENDPOINTS, "list20_fields"}
    assert len(urls["search"]) == len(urls["pages_search"]) == len(run.search_queries()) > 3
    listing = tmp_path / "urls.json"
    listing.write_text(json.dumps(urls))
    counts = run.worker_queries("product", listing)
    assert counts["floor"] == [{"path": "/bench/floor", "queries": 0}]
    assert all(entry["queries"] > 0 for entry in counts["guide"] + counts["list20"] + counts["search"])


@pytest.fixture
def vanilla_database(tmp_path):
    """The vanilla project's database: PostgreSQL when the tests run on it, else SQLite."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield f"sqlite:///{tmp_path}/vanilla.sqlite3"
        return
    base, name = url.rsplit("/", 1)[0], f"test_bench_vanilla_{os.getpid()}"
    yield run.fresh_postgres(base, name)
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_vanilla_project_is_seeded_with_the_same_guides_and_serves_every_address(tmp_path, vanilla_database):
    settings = {
        "workdir": str(tmp_path),
        "secret_key": secrets.token_urlsafe(50),
        "redis": "",
        "database_urls": {"vanilla": vanilla_database},
    }
    run.worker("vanilla", settings, "prepare")
    assert run.worker("vanilla", settings, "seed", 3, 0)["pages"] == 1 + 3 + 9  # root, FR/NL/DE homes, guides
    assert run.worker("vanilla", settings, "seed", 4, 3)["pages"] == 1 + 3 + 12
    assert run.worker("vanilla", settings, "check") == {"problems": NO_PROBLEMS, "guides": 12, "untranslated": 0}
    urls = run.worker("vanilla", settings, "urls", 4)
    assert set(urls) == {"list20", "list100", "list20_fields", "detail", "search", "home", "guide"}
    counts = run.worker("vanilla", settings, "queries", run.save_urls(settings, "vanilla", {"vanilla": urls}))
    assert all(entry["queries"] > 0 for name in urls for entry in counts[name])  # the worker fails unless all 200


def measured(rps, p50=10.0, p99=20.0, status_errors=0):
    latency = {"p50": p50 * 1000, "p90": p50 * 1500, "p99": p99 * 1000, "mean": p50 * 1000, "max": p99 * 2000}
    errors = {"connect": 0, "read": 0, "write": 0, "status": status_errors, "timeout": 0}
    return {"rps": rps, "requests": int(rps * 20), "duration_us": 20_000_000, "latency_us": latency, "errors": errors}


def fake_results(product_rps, vanilla_rps, page_cache=()):
    def round_(number):
        return {
            "round": number,
            "loadavg_before": ["0.10", "0.20", "0.30"],
            "loadavg_after": ["1.90", "1.20", "0.60"],
            "results": {
                "product": {name: measured(rps) for name, rps in product_rps.items()},
                "vanilla": {name: measured(rps) for name, rps in vanilla_rps.items()},
            },
        }

    queries = {
        "product": {name: [{"path": "/", "queries": 6}] for name in product_rps},
        "vanilla": {name: [{"path": "/", "queries": 30}] for name in vanilla_rps},
    }
    return {
        "measured": "2026-12-06T03:00+00:00",
        "command": "make bench-load",
        "config": {"per_language": 10_000, "duration": 20, "warmup": 5, "rounds": 2},
        "pages": {"product": 30_160, "vanilla": 30_004},
        "seeding": {"product": {"pages_s": 16.0, "index_s": 42.0, "pages": 30_160}},
        "timings": {"total_s": 1200.0},
        "queries": queries,
        "queries_small": queries,
        "page_cache": {"configured": list(page_cache), "not_removed": []},
        "flatness": {"pages": 3_000, "rounds": [round_(1)]},
        "rounds": [round_(1), round_(2)],
        "versions": {"python": "3.11.7", "django": "5.2", "wagtail": "8.0.1", "postgresql": "15", "gunicorn": "23"}
        | {"wrk": "wrk 4.1.0"},
        "machine": {"nproc": 2, "memory_gib": 23.4, "loadavg": ["0.1", "0.2", "0.3"]},
    }


def test_the_report_gives_ratios_to_vanilla_and_each_target_met_or_missed():
    product = dict.fromkeys(run.ENDPOINTS, 100.0) | {"guide": 250.0, "home": 150.0, "search": 2500.0}
    vanilla = dict.fromkeys(("list20", "list100", "detail", "search", "home", "guide"), 100.0)
    results = fake_results(product, vanilla)
    for entry in results["rounds"]:
        entry["results"]["product"]["agenda"]["requests"] = 0
    report = run.render(results)
    expected = [
        "| HTML guide page | 250 | 100 | 2.50× | 10.0 / 15.0 / 20.0 | 10.0 / 15.0 / 20.0 | 6 / 30 |",
        "| HTML guide page uncached ≥ 2× vanilla's | 2.50× | met |",
        "| home page uncached ≥ 2× vanilla's HTML guide page | 1.50× | missed by 25 % (needs 2×) |",
        "| `/api/v2/search/` ≥ 20× vanilla's search | 25.00× | met |",
        "**cache: none configured**",
        "with the production cache ≥ 50 % of the floor | cache: none configured | missed |",
        "| load 2 | 0.10 0.20 0.30 | 1.90 1.20 0.60 |",
        "| API agenda | — | — | — | — | — | 6 / — |",
        "(shown as —; the machine was too busy or the measure too short): product agenda.",
        "Python 3.11.7, Django 5.2, Wagtail 8.0.1, PostgreSQL 15, gunicorn 23, wrk 4.1.0; 2 CPUs",
    ]
    assert [line for line in expected if line not in report] == []


def test_each_target_says_how_far_it_is_missed_from_a_results_dict():
    product = dict.fromkeys(run.ENDPOINTS, 1000.0) | {"search": 1500.0, "pages_search": 900.0, "floor": 4000.0}
    vanilla = dict.fromkeys(("list20", "list100", "detail", "search", "home", "guide"), 100.0)
    results = fake_results(product, vanilla, page_cache=["cms.middleware.AnonymousPageCacheMiddleware"])
    for entry in results["rounds"]:
        entry["results"]["product_cached"] = {"guide": measured(2400.0), "home": measured(3000.0)}
        entry["results"]["product"]["agenda"] = measured(1000.0, p50=10.0, p99=45.0)
    for entry in results["flatness"]["rounds"]:
        entry["results"]["product"] |= {"search": measured(1600.0), "pages_search": measured(1500.0)}
    results["queries_small"] = {
        "product": results["queries"]["product"] | {"guide": [{"path": "/fr/guides/g/", "queries": 5}]}
    }
    results["queries"]["product"] |= {"list20_fields": [{"path": "/api", "queries": 6}]}
    found = {label: (measured_, met) for label, measured_, met in run.verdicts(results)}
    assert found["HTML guide page uncached ≥ 2× vanilla's"] == ("10.00×", "met")
    assert found["HTML guide page with the production cache ≥ 50 % of the floor"] == ("0.60×", "met")
    assert found["`/api/v2/search/` ≥ 20× vanilla's search"] == ("15.00×", "missed by 25 % (needs 20×)")
    assert found["`/api/v2/search/?q=` within 20 % from 3,000 to 30,000 pages"] == ("0.94× the req/s", "met")
    assert found["`/api/v2/pages/?search=` within 20 % from 3,000 to 30,000 pages"] == (
        "0.60× the req/s",
        "missed by 25 % (needs 0.8×)",
    )
    label = "queries per request independent of the number of items (every address; API list 20 / 100)"
    assert found[label][1] == "missed: guide 5 → 6"
    results["queries_small"]["product"]["guide"] = [{"path": "/fr/guides/g/", "queries": 7}]
    results["queries_small"]["product"]["search"] = [{"path": "/api/v2/search/?q=x", "queries": 5}]
    found = {label: (measured_, met) for label, measured_, met in run.verdicts(results)}
    assert found[label][1] == "missed: search 5 → 6"  # fewer is not growth (a search found nothing, asked others)
    label = "p99 ≤ 3× p50 under 16 connections on every endpoint"
    assert found[label] == ("worst: agenda 4.5×", "missed by 1 endpoint(s): agenda 4.5×")
    report = run.render(results)
    assert "| `/api/v2/search/` ≥ 20× vanilla's search | 15.00× | missed by 25 % (needs 20×) |" in report


def test_a_target_not_measured_says_so_rather_than_met():
    results = fake_results({"floor": 100.0}, {})
    results["flatness"] = {}
    found = {label: (measured_, met) for label, measured_, met in run.verdicts(results)}
    assert found["API detail ≥ 3×"] == ("not measured", "—")
    assert found["`/api/v2/search/?q=` within 20 % from 3,000 to 30,000 pages"] == ("not measured", "—")
    assert found["HTML guide page with the production cache ≥ 50 % of the floor"] == (
        "cache: none configured",
        "missed",
    )


def test_make_bench_runs_the_load_benchmark_then_the_search_benchmark():
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text()
    recipe = makefile.split("\nbench: ", 1)[1].split("\n\n", 1)[0]
    assert recipe.index("bench-load") < recipe.index("bench-search")
    assert "bench/load/run.py" in makefile.split("\nbench-load: ", 1)[1].split("\n\n", 1)[0]


def test_persistent_connections_are_measured_against_a_new_connection_per_request():
    urls = {"product": {name: f"/{name}" for name in run.ENDPOINTS}, "vanilla": {"detail": "/v/detail"}}
    plan = run.load_plan(urls, cached=False)
    assert [name for key, name, _path in plan if key == "product_conn0"] == list(run.CONNECTION_ENDPOINTS)
    assert (
        run.project_env("product", fake_settings(), overrides=run.CLOSED_CONNECTIONS)["DATABASE_CONN_MAX_AGE"] == "0"
    )
    assert "DATABASE_CONN_MAX_AGE" not in run.project_env("product", fake_settings())  # the production default
    results = fake_results(dict.fromkeys(run.ENDPOINTS, 1000.0), {"detail": 100.0})
    for entry in results["rounds"]:
        entry["results"]["product_conn0"] = {"detail": measured(700.0)}
    report = run.render(results)
    row = "| API page detail, a new database connection per request (`DATABASE_CONN_MAX_AGE=0`) | 700 | 100 | 7.00× |"
    assert row in report


def fake_settings():
    return {
        "database_urls": {"product": "postgres://x/p", "vanilla": "postgres://x/v"},
        "secret_key": "s",
        "workdir": "/tmp/bench",
        "redis": "redis://127.0.0.1:6379/13",
    }

"""Search benchmark: quality per language, kind and backend, and speed on PostgreSQL.

    make bench-search                      # every backend, then the speed run
    .venv/bin/python bench/search/run.py --backends sqlite --no-speed

Quality: for each backend (SQLite, PostgreSQL, OpenSearch through the
osmem-server test server) a fresh database is migrated, ``setup_site`` runs,
``import_guides bench/search/guides.jsonl --publish`` imports the 48 guides
in FR/NL/DE and ``search_index`` rebuilds the index. The 150 queries of
queries.jsonl are asked to ``GET /api/v2/search/?q=Q&locale=L&type=guide``
and ``GET /api/v2/pages/?search=Q&locale=L&type=guides.GuidePage``; results
are matched by slug and scored MRR@10 and recall@5.

Speed: a fresh PostgreSQL database receives 10,000 synthetic guides per
language, written straight into the search index in bulk (sentences of the
benchmark guides recombined, seeded), then the 150 queries are asked to the
search API three times; the server-side time of each request is reported as
p50 and p95.

Results are printed and written to bench/search/results.json.
"""

import argparse
import io
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LANGUAGES = ("fr", "nl", "de")
KINDS = ("title", "paraphrase", "inflection", "accents", "typo", "compound", "single", "question")
ENDPOINTS = ("search", "pages")
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"


# -- the orchestrator ------------------------------------------------------------------------
def fresh_postgres(name):
    base = os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES)
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def start_osmem():
    import osmem_server

    binary = osmem_server.resolve_binary()
    process = subprocess.Popen(
        [binary, "-addr", "127.0.0.1:0", "-no-stdin-watch", "-no-ja"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    line = process.stdout.readline()
    return process, json.loads(line)["url"]


def run_worker(mode, env_extra, output):
    env = {key: value for key, value in os.environ.items() if key not in ("OPENSEARCH_URL", "ELASTICSEARCH_URL")}
    env.update(env_extra)
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--output", str(output)],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(Path(output).read_text())


def orchestrate(backends, speed):
    results = {"quality": {}, "speed": None}
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            output = Path(tmp) / f"{backend}.json"
            started = time.monotonic()
            if backend == "sqlite":
                env = {"DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3"}
                results["quality"][backend] = run_worker("quality", env, output)
            elif backend == "postgres":
                env = {"DATABASE_URL": fresh_postgres("jsf_bench_search")}
                results["quality"][backend] = run_worker("quality", env, output)
            elif backend == "opensearch":
                process, url = start_osmem()
                try:
                    env = {"DATABASE_URL": f"sqlite:///{tmp}/bench-os.sqlite3", "OPENSEARCH_URL": url}
                    results["quality"][backend] = run_worker("quality", env, output)
                finally:
                    process.terminate()
                    process.wait()
            else:
                raise SystemExit(f"unknown backend {backend}")
            print(f"== {backend} done in {time.monotonic() - started:.0f}s", flush=True)
            print_quality(backend, results["quality"][backend])
        if speed:
            output = Path(tmp) / "speed.json"
            env = {"DATABASE_URL": fresh_postgres("jsf_bench_search_speed")}
            results["speed"] = run_worker("speed", env, output)
            print_speed(results["speed"])
    (HERE / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwritten to {HERE / 'results.json'}")


def print_quality(backend, data):
    for endpoint in ENDPOINTS:
        scores = data[endpoint]
        print(f"\n{backend} — {endpoint} endpoint")
        print("language  MRR@10  recall@5")
        for language in LANGUAGES:
            row = scores["language"][language]
            print(f"{language:8}  {row['mrr']:.3f}   {row['recall']:.3f}")
        print("kind        " + "  ".join(f"{language:>5}" for language in LANGUAGES) + "   (MRR@10)")
        for kind in KINDS:
            cells = "  ".join(f"{scores['kind'][language][kind]['mrr']:.3f}" for language in LANGUAGES)
            print(f"{kind:11} {cells}")
        print(f"server time p50 {scores['p50_ms']:.1f} ms, p95 {scores['p95_ms']:.1f} ms")


def print_speed(data):
    print(
        f"\nPostgreSQL, {data['documents']} guides ({data['per_language']} per language): "
        f"p50 {data['p50_ms']:.1f} ms, p95 {data['p95_ms']:.1f} ms over {data['requests']} requests"
    )


# -- the workers (run inside Django) ----------------------------------------------------------
def setup_django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def load_queries():
    return [json.loads(line) for line in (HERE / "queries.jsonl").read_text().splitlines() if line.strip()]


def score(queries, ranked):
    """MRR@10 and recall@5 per language and per kind; ``ranked`` is one slug list per query."""
    per_language, per_kind = defaultdict(list), defaultdict(lambda: defaultdict(list))
    for query, slugs in zip(queries, ranked, strict=True):
        relevant = query["relevant"]
        reciprocal = next((1 / rank for rank, slug in enumerate(slugs[:10], 1) if slug in relevant), 0.0)
        recall = len({slug for slug in slugs[:5] if slug in relevant}) / len(relevant)
        per_language[query["locale"]].append((reciprocal, recall))
        per_kind[query["locale"]][query["kind"]].append((reciprocal, recall))

    def mean(pairs):
        return {
            "mrr": statistics.mean(p[0] for p in pairs),
            "recall": statistics.mean(p[1] for p in pairs),
            "queries": len(pairs),
        }

    return {
        "language": {language: mean(pairs) for language, pairs in per_language.items()},
        "kind": {
            language: {kind: mean(pairs) for kind, pairs in kinds.items()} for language, kinds in per_kind.items()
        },
    }


def timed_get(client, path, params):
    started = time.perf_counter()
    response = client.get(path, params)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise RuntimeError(f"{path} {params}: {response.status_code} {response.content[:300]!r}")
    return response.json(), elapsed


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def worker_quality(output):
    setup_django()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("setup_site", stdout=io.StringIO())
    call_command("import_guides", str(HERE / "guides.jsonl"), "--publish", stdout=io.StringIO())
    call_command("search_index", stdout=io.StringIO())
    client = Client()
    queries = load_queries()
    data = {}
    for endpoint in ENDPOINTS:
        ranked, times, misses = [], [], []
        for query in queries:
            if endpoint == "search":
                params = {"q": query["q"], "locale": query["locale"], "type": "guide"}
                body, elapsed = timed_get(client, "/api/v2/search/", params)
                slugs = [item["slug"] for item in body["items"]]
            else:
                params = {
                    "search": query["q"],
                    "locale": query["locale"],
                    "type": "guides.GuidePage",
                    "limit": 10,
                    "fields": "-title",
                }
                body, elapsed = timed_get(client, "/api/v2/pages/", params)
                slugs = [item["meta"]["slug"] for item in body["items"]]
            ranked.append(slugs)
            times.append(elapsed)
            if not slugs[:1] or slugs[0] not in query["relevant"]:
                misses.append({"locale": query["locale"], "kind": query["kind"], "q": query["q"], "top3": slugs[:3]})
        data[endpoint] = score(queries, ranked)
        data[endpoint]["p50_ms"] = statistics.median(times)
        data[endpoint]["p95_ms"] = percentile(times, 0.95)
        data[endpoint]["not_first"] = misses
    Path(output).write_text(json.dumps(data, ensure_ascii=False))


def synthetic_guides(per_language, seed=2026):
    """Guides made of the benchmark guides' sentences, recombined: realistic vocabulary, 10,000 per language."""
    rng = random.Random(seed)
    sources = [json.loads(line) for line in (HERE / "guides.jsonl").read_text().splitlines() if line.strip()]
    themes = ["marketing", "security", "mobility", "collaboration", "open-source", "e-invoicing-payments"]
    themes += ["e-commerce", "website", "data-privacy", "hardware"]
    sectors = ["retail", "construction", "horeca-tourism", "transport-logistics"]
    for language in LANGUAGES:
        sentences, titles = [], []
        for guide in sources:
            text = guide["translations"][language]
            titles.append(text["title"])
            plain = re.sub(r"[#*]|^\s*(?:[-+]|\d+\.)\s", "", text["body"], flags=re.M)
            sentences += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", plain) if len(s.strip()) > 20]
        for number in range(per_language):
            title = f"{rng.choice(titles)} — {rng.choice(sentences)[:60]}"
            body = " ".join(rng.sample(sentences, 14))
            yield (
                language,
                number,
                {
                    "title": title,
                    "summary": rng.choice(sentences),
                    "body": body,
                    "themes": rng.sample(themes, 2),
                    "sectors": rng.sample(sectors, rng.randint(0, 1)),
                },
            )


def worker_speed(output, per_language=10_000):
    setup_django()
    from collections import Counter

    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.test import Client

    from search.analysis import stem, words
    from search.documents import document_from_fields
    from search.engines.database import after_write
    from search.models import SearchDocument, SearchTerm
    from search.vocabulary import changed

    call_command("migrate", verbosity=0)
    call_command("setup_site", stdout=io.StringIO())
    content_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    started = time.monotonic()
    items = defaultdict(list)
    for language, number, fields in synthetic_guides(per_language):
        items[language].append((number, fields))
    for language, rows in items.items():
        frequency = Counter()
        for _number, fields in rows:
            frequency.update(set(words(f"{fields['title']} {fields['summary']} {fields['body']}", language)))
        known = frozenset(frequency)
        with transaction.atomic():
            SearchTerm.objects.bulk_create(
                [
                    SearchTerm(language=language, word=w, stem=stem(w, language), documents=c)
                    for w, c in frequency.items()
                ],
                batch_size=5000,
            )
            documents = [
                document_from_fields(
                    fields,
                    language,
                    "guide",
                    content_type,
                    f"{language}-{number}",
                    f"synthetic-{number}",
                    f"/{language}/synthetic-{number}/",
                    known,
                )
                for number, fields in rows
            ]
            SearchDocument.objects.bulk_create(documents, batch_size=1000)
            after_write(list(SearchDocument.objects.filter(language=language).values_list("pk", flat=True)))
        changed(language)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE search_searchdocument")
    load_seconds = time.monotonic() - started
    client = Client()
    queries = load_queries()
    for query in queries[:10]:  # warm the caches (vocabulary, query plans)
        timed_get(client, "/api/v2/search/", {"q": query["q"], "locale": query["locale"], "type": "guide"})
    times = []
    for _round in range(3):
        for query in queries:
            _body, elapsed = timed_get(
                client, "/api/v2/search/", {"q": query["q"], "locale": query["locale"], "type": "guide"}
            )
            times.append(elapsed)
    Path(output).write_text(
        json.dumps(
            {
                "documents": SearchDocument.objects.count(),
                "per_language": per_language,
                "load_seconds": round(load_seconds, 1),
                "requests": len(times),
                "p50_ms": statistics.median(times),
                "p95_ms": percentile(times, 0.95),
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgres,opensearch")
    parser.add_argument("--no-speed", action="store_true", help="skip the 30,000-guide PostgreSQL speed run")
    parser.add_argument("--worker", choices=["quality", "speed"], help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker == "quality":
        worker_quality(args.output)
    elif args.worker == "speed":
        worker_speed(args.output)
    else:
        orchestrate([b for b in args.backends.split(",") if b], speed=not args.no_speed)


if __name__ == "__main__":
    main()

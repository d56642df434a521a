"""Search benchmark: quality per language, kind and backend, and speed on PostgreSQL.

    make bench-search                      # every backend, then the speed run
    .venv/bin/python bench/search/run.py --backends sqlite --no-speed

Quality: for each backend (SQLite, PostgreSQL, OpenSearch through the
osmem-server test server) a fresh database is migrated, ``setup_site`` runs,
``import_guides bench/search/guides.jsonl --publish`` imports the 48 guides
in FR/NL/DE and ``search_index`` rebuilds the index. The 150 queries of
queries.jsonl are asked to ``GET /api/v2/search/?q=Q&locale=L&type=guide``
and ``GET /api/v2/pages/?search=Q&locale=L&type=guides.GuidePage``; results
are matched to their guide (the Dutch and German pages, which get slugs of
their own, through the ``translation_key`` they share with the French page,
whose slug queries.jsonl names) and scored MRR@10 and recall@5.

Speed: a fresh PostgreSQL database receives 1,000 synthetic guides per
language, written straight into the search index in bulk (sentences of the
benchmark guides recombined, seeded), then the 150 queries are asked to the
search endpoint and to the pages endpoint's ``?search=``, three times each;
then the rest of the 10,000 per language are written and the queries asked
again. The server-side time of each request is reported as p50 and p95, and
the mean time and queries per request at both sizes (how flat search stays).

Results are printed and kept in bench/results/search.json (not versioned): a
run updates the entries of the backends it measured, each with its date, the
command and the machine's load average. ``--report`` prints them as the
Markdown tables of docs/search.md.
"""

import argparse
import datetime
import io
import json
import os
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
RANKINGS = ("lexical", "semantic", "hybrid")
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"
RESULTS = ROOT / "bench" / "results" / "search.json"


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


def run_worker(mode, env_extra, output, *extra):
    env = {key: value for key, value in os.environ.items() if key not in ("OPENSEARCH_URL", "ELASTICSEARCH_URL")}
    env.setdefault("SEARCH_EMBEDDINGS", "local")  # the bundled model; SEARCH_EMBEDDINGS=URL measures a service
    env.update(env_extra)
    env["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--output", str(output), *extra],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(Path(output).read_text())


def stamp(data):
    """The measurement with when, how and on how busy a machine it was taken."""
    data["measured"] = datetime.datetime.now().astimezone().isoformat(timespec="minutes")
    data["command"] = " ".join(["bench/search/run.py", *sys.argv[1:]])
    data["load_average"] = [round(value, 2) for value in os.getloadavg()]
    return data


def orchestrate(backends, speed, per_language=10_000, results_file=RESULTS):
    results = json.loads(results_file.read_text()) if results_file.exists() else {}
    results.setdefault("quality", {})
    with tempfile.TemporaryDirectory() as tmp:
        for backend in backends:
            output = Path(tmp) / f"{backend}.json"
            started = time.monotonic()
            if backend == "sqlite":
                env = {"DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3"}
                results["quality"][backend] = stamp(run_worker("quality", env, output))
            elif backend == "postgres":
                env = {"DATABASE_URL": fresh_postgres("jsf_bench_search")}
                results["quality"][backend] = stamp(run_worker("quality", env, output))
            elif backend == "opensearch":
                process, url = start_osmem()
                try:
                    env = {"DATABASE_URL": f"sqlite:///{tmp}/bench-os.sqlite3", "OPENSEARCH_URL": url}
                    results["quality"][backend] = stamp(run_worker("quality", env, output))
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
            results["speed"] = stamp(run_worker("speed", env, output, "--per-language", str(per_language)))
            print_speed(results["speed"])
    results_file.parent.mkdir(parents=True, exist_ok=True)
    results_file.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwritten to {results_file}; bench/search/run.py --report prints the tables")


def report(results_file=RESULTS):
    """The Markdown tables of docs/search.md, from bench/results/search.json."""
    results = json.loads(results_file.read_text())
    quality = results.get("quality", {})
    backends = [backend for backend in ("sqlite", "postgres", "opensearch") if backend in quality]
    names = {"sqlite": "SQLite", "postgres": "PostgreSQL", "opensearch": "OpenSearch (osmem-server test server)"}
    modes_report(quality, backends, names)
    for endpoint, path in (("search", "/api/v2/search/"), ("pages", "/api/v2/pages/?search=")):
        print(f"\n`{path}` — MRR@10 / recall@5\n")
        print("| language | " + " | ".join(names[backend] for backend in backends) + " |")
        print("| --- |" + " --- |" * len(backends))
        for language in LANGUAGES:
            cells = [quality[backend][endpoint]["language"][language] for backend in backends]
            print(f"| {language} | " + " | ".join(f"{c['mrr']:.3f} / {c['recall']:.3f}" for c in cells) + " |")
    for backend in backends:
        scores = quality[backend]["search"]
        print(f"\n{names[backend]}, `/api/v2/search/`, MRR@10 / recall@5 per kind of query\n")
        print("| kind | " + " | ".join(LANGUAGES) + " |")
        print("| --- |" + " --- |" * len(LANGUAGES))
        for kind in KINDS:
            cells = [scores["kind"][language][kind] for language in LANGUAGES]
            print(f"| {kind} | " + " | ".join(f"{c['mrr']:.2f} / {c['recall']:.2f}" for c in cells) + " |")
    print()
    for backend in backends:
        data = quality[backend]
        print(
            f"- {names[backend]}: measured {data['measured']} with `{data['command']}`, load average at the end "
            f"{data['load_average'][0]}; server time p50/p95 {data['search']['p50_ms']:.0f}/"
            f"{data['search']['p95_ms']:.0f} ms (search), "
            f"{data['pages']['p50_ms']:.0f}/{data['pages']['p95_ms']:.0f} ms (pages)"
        )
    speed = results.get("speed")
    if speed:
        print(
            f"\n| PostgreSQL, {speed['guides']:,} guides | p50 | p95 | requests |\n| --- | --- | --- | --- |\n"
            f"| `/api/v2/search/?q=&locale=&type=guide` | {speed['p50_ms']:.0f} ms | {speed['p95_ms']:.0f} ms | "
            f"{speed['requests']} |\n"
            f"| `/api/v2/pages/?search=&locale=&type=guides.GuidePage` | {speed['pages_p50_ms']:.0f} ms | "
            f"{speed['pages_p95_ms']:.0f} ms | {speed['pages_requests']} |\n\n"
            f"Measured {speed['measured']} with `{speed['command']}`, load average at the end "
            f"{speed['load_average'][0]}; "
            f"guides written in {speed['pages_seconds']:.0f} s, "
            f"indexed by `search_index` in {speed['index_seconds']:.0f} s."
        )
        for line in flatness_lines(speed) + hybrid_lines(speed):
            print(line)


def hybrid_lines(data):
    """The speed run's ranking, the lexical ranking beside it, the embedding rate and the worker's memory."""
    if not data.get("lexical"):
        return [f"\nRanking: {data.get('ranking', 'lexical')}."]
    lexical, cached = data["lexical"], data.get("cached")
    with_cache = (
        f" With the query cache (`SEARCH_EMBEDDINGS_QUERY_CACHE`, each query already asked): search endpoint "
        f"p50 {cached['search']['p50_ms']:.0f} ms, p95 {cached['search']['p95_ms']:.0f} ms; pages endpoint p50 "
        f"{cached['pages']['p50_ms']:.0f} ms, p95 {cached['pages']['p95_ms']:.0f} ms."
        if cached
        else ""
    )
    return [
        f"\nRanking: hybrid (above, every query embedded: no query cache). The same requests with the lexical "
        f"ranking alone: search endpoint p50 "
        f"{lexical['search']['p50_ms']:.0f} ms, p95 {lexical['search']['p95_ms']:.0f} ms; pages endpoint p50 "
        f"{lexical['pages']['p50_ms']:.0f} ms, p95 {lexical['pages']['p95_ms']:.0f} ms.{with_cache} "
        f"Embedding a benchmark guide took {data['embed_seconds_per_guide']:.2f} s (one process); "
        f"the speed worker's peak memory (Django, the model, {data['documents']:,} vectors) was "
        f"{data['max_rss_mb']} MB."
    ]


def print_quality(backend, data):
    modes = data.get("modes", {})
    if modes:
        print(f"\n{backend} — search endpoint, MRR@10 by ranking ({data.get('embedder')})")
        print("            " + "  ".join(f"{mode:>8}" for mode in modes))
        for language in LANGUAGES:
            print(f"{language:11} " + "  ".join(f"{modes[mode]['language'][language]['mrr']:8.3f}" for mode in modes))
        for kind in KINDS:
            cells = "  ".join(f"{kind_mrr(modes[mode], kind):8.3f}" for mode in modes)
            print(f"{kind:11} {cells}")
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
        f"\nPostgreSQL, {data['guides']} guides ({data['per_language']} per language) written in "
        f"{data['pages_seconds']:.0f}s, indexed by search_index in {data['index_seconds']:.0f}s\n"
        f"search endpoint: p50 {data['p50_ms']:.1f} ms, p95 {data['p95_ms']:.1f} ms over {data['requests']} requests\n"
        f"pages endpoint:  p50 {data['pages_p50_ms']:.1f} ms, p95 {data['pages_p95_ms']:.1f} ms "
        f"over {data['pages_requests']} requests"
    )
    for line in flatness_lines(data) + hybrid_lines(data):
        print(line)


def kind_mrr(scores, kind):
    """MRR@10 of one kind of query over the three languages (each language has as many of each kind)."""
    cells = [scores["kind"][language][kind] for language in LANGUAGES if kind in scores["kind"][language]]
    return sum(cell["mrr"] * cell["queries"] for cell in cells) / sum(cell["queries"] for cell in cells)


def overall_mrr(scores):
    cells = [scores["language"][language] for language in LANGUAGES]
    return sum(cell["mrr"] * cell["queries"] for cell in cells) / sum(cell["queries"] for cell in cells)


def modes_report(quality, backends, names):
    """Lexical, semantic and hybrid ranking side by side: per language, then per kind, on each backend."""
    backends = [backend for backend in backends if quality[backend].get("modes")]
    if not backends:
        return
    print("\n`/api/v2/search/` MRR@10 by ranking — lexical / semantic / hybrid\n")
    print("| | " + " | ".join(names[backend] for backend in backends) + " |")
    print("| --- |" + " --- |" * len(backends))
    rows = [
        (language, lambda scores, language=language: scores["language"][language]["mrr"]) for language in LANGUAGES
    ]
    rows += [(kind, lambda scores, kind=kind: kind_mrr(scores, kind)) for kind in KINDS]
    rows.append(("**all**", overall_mrr))
    for label, value in rows:
        cells = [
            " / ".join(f"{value(quality[backend]['modes'][mode]):.3f}" for mode in RANKINGS) for backend in backends
        ]
        print(f"| {label} | " + " | ".join(cells) + " |")


def flatness_lines(data):
    """Mean server time with a tenth of the guides and with all of them, and queries per request at both."""
    if "small" not in data:
        return []
    lines = [
        f"\n| PostgreSQL | {data['small']['guides']:,} guides | {data['guides']:,} guides | "
        "time ratio (mean) | queries per request |",
        "| --- | --- | --- | --- | --- |",
    ]
    for endpoint, label in (("search", "`/api/v2/search/`"), ("pages", "`/api/v2/pages/?search=`")):
        small, full = data["small"][endpoint], data["full"][endpoint]
        counts = "grew" if max(full["queries"]) > max(small["queries"]) else "no more at 10×"
        lines.append(
            f"| {label} | p50 {small['p50_ms']:.0f} ms, mean {small['mean_ms']:.0f} ms | "
            f"p50 {full['p50_ms']:.0f} ms, mean {full['mean_ms']:.0f} ms | "
            f"{full['mean_ms'] / small['mean_ms']:.2f}× | {small['queries']} → {full['queries']} ({counts}) |"
        )
    return lines


# -- the workers (run inside Django) ----------------------------------------------------------
def setup_django():
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def load_queries():
    path = Path(os.environ.get("BENCH_QUERIES") or HERE / "queries.jsonl")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


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


def french_slugs():
    """Page id of every guide, in every language → slug of its French source (shared translation_key)."""
    from guides.models import GuidePage

    guides = list(GuidePage.objects.values_list("pk", "translation_key", "slug", "locale__language_code"))
    french = {key: slug for _pk, key, slug, language in guides if language == "fr"}
    return {pk: french.get(key, slug) for pk, key, slug, _language in guides}


def worker_quality(output):
    setup_django()
    from django.core.management import call_command
    from django.test import Client, override_settings

    call_command("migrate", verbosity=0)
    call_command("setup_site", stdout=io.StringIO())
    guides = os.environ.get("BENCH_GUIDES") or str(HERE / "guides.jsonl")
    call_command("import_guides", guides, "--publish", stdout=io.StringIO())
    call_command("search_index", stdout=io.StringIO())
    client = Client()
    queries = load_queries()
    source_slug = french_slugs()
    data = {"modes": {}}
    # The search endpoint with each ranking (SEARCH_RANKING), then both endpoints as configured (hybrid).
    passes = [("search", mode) for mode in RANKINGS] + [(endpoint, None) for endpoint in ENDPOINTS]
    for endpoint, mode in passes:
        ranked, times, misses = [], [], []
        with override_settings(**({"SEARCH_RANKING": mode} if mode else {})):
            for query in queries:
                if endpoint == "search":
                    params = {"q": query["q"], "locale": query["locale"], "type": "guide"}
                    body, elapsed = timed_get(client, "/api/v2/search/", params)
                    ids = [item["id"] for item in body["items"]]
                else:
                    params = {
                        "search": query["q"],
                        "locale": query["locale"],
                        "type": "guides.GuidePage",
                        "limit": 10,
                    }
                    body, elapsed = timed_get(client, "/api/v2/pages/", params)
                    ids = [item["id"] for item in body["items"]]
                # Dutch and German guides have slugs of their own: score them by their French source's slug.
                slugs = [source_slug.get(pk, f"?{pk}") for pk in ids]
                ranked.append(slugs)
                times.append(elapsed)
                if not slugs[:1] or slugs[0] not in query["relevant"]:
                    misses.append(
                        {"locale": query["locale"], "kind": query["kind"], "q": query["q"], "top3": slugs[:3]}
                    )
        scores = score(queries, ranked)
        scores["p50_ms"] = statistics.median(times)
        scores["p95_ms"] = percentile(times, 0.95)
        scores["not_first"] = misses
        if mode:
            data["modes"][mode] = scores
        else:
            data[endpoint] = scores
    data["embedder"] = embedder_name()
    Path(output).write_text(json.dumps(data, ensure_ascii=False))


def embedder_name():
    from search.embeddings import get_embedder

    embedder = get_embedder()
    return embedder.name if embedder else None


def speed_pass(client, queries):
    """Server-side times (ms) and queries per request of both endpoints: one warm-up pass, then three."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def search(query):
        return "/api/v2/search/", {"q": query["q"], "locale": query["locale"], "type": "guide"}

    def pages(query):
        return "/api/v2/pages/", {"search": query["q"], "locale": query["locale"], "type": "guides.GuidePage"}

    # The warm-up: each language's vocabulary and its typo index are loaded once per process (and again
    # after each change of the index), as on a running server.
    for query in queries:
        timed_get(client, *search(query))
    measured = {}
    for endpoint, address in (("search", search), ("pages", pages)):
        times, counts = [], set()
        for _round in range(3):
            for query in queries:
                with CaptureQueriesContext(connection) as captured:
                    _body, elapsed = timed_get(client, *address(query))
                times.append(elapsed)
                counts.add(len(captured))
        measured[endpoint] = {
            "requests": len(times),
            "p50_ms": statistics.median(times),
            "p95_ms": percentile(times, 0.95),
            "mean_ms": statistics.mean(times),
            "queries": sorted(counts),
        }
    return measured


def bench_vectors():
    """The vectors of the benchmark guides' texts, per language, and the seconds one guide took to embed."""
    from search.embeddings import get_embedder

    embedder = get_embedder()
    texts = {language: [] for language in LANGUAGES}
    for line in (HERE / "guides.jsonl").read_text().splitlines():
        guide = json.loads(line)
        for language in LANGUAGES:
            text = guide["translations"][language]
            texts[language].append(f"{text['title']}\n{text['summary']}\n{text['body']}")
    started = time.monotonic()
    vectors = {language: embedder.embed_documents(items, language) for language, items in texts.items()}
    return vectors, (time.monotonic() - started) / sum(len(items) for items in texts.values())


def fill_vectors(vectors):
    """Vectors for the synthetic guides that have none: a benchmark guide's vector, slightly moved (seeded).

    Embedding 30,000 guides takes hours on this machine; the search time does not depend on the values,
    only on their number and on how many pass the similarity threshold, which these keep realistic.
    """
    import numpy

    from search.embeddings import get_embedder, normalised, to_bytes
    from search.models import SearchDocument, SearchVector
    from search.vectors import vectors_changed

    model = get_embedder().name
    generator = numpy.random.default_rng(7)
    for language in LANGUAGES:
        missing = list(
            SearchDocument.objects.filter(language=language)
            .exclude(pk__in=SearchVector.objects.values("document_id"))
            .values_list("pk", flat=True)
        )
        base = vectors[language]
        picked = base[generator.integers(0, len(base), len(missing))]
        moved = normalised(picked + generator.normal(0, 0.01, picked.shape).astype("f4"))
        SearchVector.objects.bulk_create(
            [
                SearchVector(document_id=pk, language=language, model=model, checksum="bench", vector=to_bytes(row))
                for pk, row in zip(missing, moved, strict=True)
            ],
            batch_size=1000,
        )
        vectors_changed(language)


def worker_speed(output, per_language=10_000):
    """Both endpoints with a tenth of the guides, then with all of them: the speed, and how flat it stays.

    Hybrid ranking (the default) when an embedder is configured; lexical ranking measured beside it.
    """
    setup_django()
    import resource

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings

    from bench.corpus import bulk_guides
    from search.embeddings import get_embedder
    from search.models import SearchDocument

    call_command("migrate", verbosity=0)
    call_command("setup_site", stdout=io.StringIO())
    client = Client()
    queries = load_queries()
    small = max(1, per_language // 10)
    hybrid = get_embedder() is not None
    vectors, embed_seconds = bench_vectors() if hybrid else (None, None)

    def index():
        # The vectors are not computed by search_index here (hours for 30,000 guides): fill_vectors.
        with override_settings(SEARCH_EMBEDDINGS="off"):
            call_command("search_index", stdout=io.StringIO())
        if hybrid:
            fill_vectors(vectors)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    # Every request embeds its query (no query cache: the run asks each query four times, a cache would
    # answer three of them); the cached figure is measured after, beside the lexical one.
    uncached = override_settings(SEARCH_EMBEDDINGS_QUERY_CACHE=0)
    bulk_guides(small)
    index()
    with uncached:
        at_small = speed_pass(client, queries)
    started = time.monotonic()
    created = bulk_guides(per_language, start=small) + small * len(LANGUAGES)
    pages_seconds = time.monotonic() - started
    started = time.monotonic()
    index()
    index_seconds = time.monotonic() - started
    with uncached:
        full = speed_pass(client, queries)
    lexical = cached = None
    if hybrid:
        with override_settings(SEARCH_RANKING="lexical"):
            lexical = speed_pass(client, queries)
        cached = speed_pass(client, queries)
    Path(output).write_text(
        json.dumps(
            {
                "guides": created,
                "documents": SearchDocument.objects.count(),
                "per_language": per_language,
                "pages_seconds": round(pages_seconds, 1),
                "index_seconds": round(index_seconds, 1),
                "requests": full["search"]["requests"],
                "p50_ms": full["search"]["p50_ms"],
                "p95_ms": full["search"]["p95_ms"],
                "pages_requests": full["pages"]["requests"],
                "pages_p50_ms": full["pages"]["p50_ms"],
                "pages_p95_ms": full["pages"]["p95_ms"],
                "small": {"guides": small * len(LANGUAGES), **at_small},
                "full": full,
                "ranking": "hybrid" if hybrid else "lexical",
                "lexical": lexical,
                "cached": cached,
                "embed_seconds_per_guide": embed_seconds,
                "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            }
        )
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backends", default="sqlite,postgres,opensearch")
    parser.add_argument("--no-speed", action="store_true", help="skip the 30,000-guide PostgreSQL speed run")
    parser.add_argument(
        "--per-language", type=int, default=10_000, help="guides per language in the speed run (10,000)"
    )
    parser.add_argument(
        "--guides", help="quality: another guides file in import_guides' format (default: guides.jsonl)"
    )
    parser.add_argument("--queries", help="quality: another queries file (default: queries.jsonl)")
    parser.add_argument(
        "--results", type=Path, default=RESULTS, help="results file (default: bench/results/search.json)"
    )
    parser.add_argument("--report", action="store_true", help="print the last results as Markdown tables")
    parser.add_argument("--worker", choices=["quality", "speed"], help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.guides or args.queries:  # read by the quality workers
        os.environ["BENCH_GUIDES"] = str(Path(args.guides).resolve()) if args.guides else ""
        os.environ["BENCH_QUERIES"] = str(Path(args.queries).resolve()) if args.queries else ""
    if args.report:
        report(args.results)
    elif args.worker == "quality":
        worker_quality(args.output)
    elif args.worker == "speed":
        worker_speed(args.output, args.per_language)
    else:
        orchestrate(
            [b for b in args.backends.split(",") if b],
            speed=not args.no_speed,
            per_language=args.per_language,
            results_file=args.results,
        )


if __name__ == "__main__":
    main()

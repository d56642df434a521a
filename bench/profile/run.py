"""Where the time of a request goes: this product beside the vanilla Wagtail project, address by address.

    make bench-profile                                   # 1,000 guides per language, 100 requests an address
    BENCH_GUIDES=10000 BENCH_PROFILE_REQUESTS=200 make bench-profile
    .venv/bin/python bench/profile/run.py --only guide detail   # some addresses; docs/profile.md is not written
    .venv/bin/python bench/profile/run.py --fresh               # build the two databases anew

The two databases (``profile_product``, ``profile_vanilla``) are built the way ``make bench-load`` builds
its own (bench/load/run.py: ``migrate`` and the demo content, then the same synthetic guides in bulk and the
search indexes) and reused while they hold ``BENCH_GUIDES`` guides per language. Each project then runs in
its own process with the settings it is benchmarked with (this product: production settings without the
page cache, Redis as cache; vanilla: its production settings), and for each address of the load benchmark:

- the SQL queries of one request (the third: caches warm), counted and grouped by table, and the Redis
  round trips (a pipeline counts once);
- ``BENCH_PROFILE_REQUESTS`` requests through Django's test client under cProfile: wall time per request,
  the time spent waiting for PostgreSQL (measured around each query), the time inside Django's template
  rendering, the profile's own time grouped by package (Django's templates, the rest of Django, Wagtail,
  this product's apps, psycopg, Redis…) and the functions with the most cumulative time.

Results: bench/results/profile.json (not versioned) and docs/profile.md. In-process and single-threaded,
with the profiler's overhead: the shares tell where the time goes, not how many requests a server answers
(``make bench-load`` says that).
"""

import argparse
import cProfile
import datetime
import json
import os
import pstats
import re
import secrets
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

from bench.load import run as load  # noqa: E402 (the load benchmark's preparation, seeding and addresses)

RESULTS = ROOT / "bench" / "results" / "profile.json"
DOC = ROOT / "docs" / "profile.md"
DEFAULT_REDIS = "redis://127.0.0.1:6379/12"
TOP_FUNCTIONS = 12
# Addresses profiled, in the order of the report (the load benchmark's names); searches: a few queries each.
ADDRESSES = ("floor", "home", "guide", "detail", "list20", "list100", "search", "pages_search")
SEARCHES = 6


def config():
    env = os.environ
    return {
        "per_language": int(env.get("BENCH_GUIDES") or 1000),
        "requests": int(env.get("BENCH_PROFILE_REQUESTS") or 100),
        "postgres": env.get("BENCH_POSTGRES_URL", load.DEFAULT_POSTGRES).rstrip("/"),
        "redis": env.get("BENCH_PROFILE_REDIS_URL", DEFAULT_REDIS),
        "database_prefix": env.get("BENCH_PROFILE_DATABASE_PREFIX") or "profile",
    }


def log(message):
    load.log(message)


# -- the orchestrator ------------------------------------------------------------------------
def database_exists(base, name):
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        return bool(connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone())


def prepare(cfg, fresh):
    """The two seeded databases, built as bench-load builds them, or reused when they hold the guides asked."""
    workdir = ROOT / "bench" / "results" / "profile"
    workdir.mkdir(parents=True, exist_ok=True)
    names = {project: f"{cfg['database_prefix']}_{project}" for project in load.PROJECTS}
    settings = {
        "workdir": str(workdir),
        "secret_key": secrets.token_urlsafe(50),
        "redis": cfg["redis"],
        "database_urls": {project: f"{cfg['postgres']}/{name}" for project, name in names.items()},
    }
    marker = workdir / "databases.json"  # written once both databases are seeded
    seeded = {"per_language": cfg["per_language"], "databases": settings["database_urls"]}
    reusable = (
        not fresh
        and marker.exists()
        and json.loads(marker.read_text()) == seeded
        and all(database_exists(cfg["postgres"], name) for name in names.values())
    )
    if reusable:
        log(f"reusing {', '.join(names.values())} ({cfg['per_language']} guides per language)")
        return settings
    marker.unlink(missing_ok=True)
    for project, name in names.items():
        settings["database_urls"][project] = load.fresh_postgres(cfg["postgres"], name)
    log("both projects: migrate, content, static files (side by side)")
    load.in_parallel(settings, [(project, "prepare") for project in load.PROJECTS])
    log(f"both projects: {cfg['per_language']} guides per language")
    load.in_parallel(settings, [(project, "seed", cfg["per_language"], 0) for project in load.PROJECTS])
    marker.write_text(json.dumps(seeded))
    return settings


def addresses(settings, cfg):
    urls = {project: load.worker(project, settings, "urls", cfg["per_language"]) for project in load.PROJECTS}
    for project_urls in urls.values():
        for name in ("search", "pages_search"):
            if name in project_urls:  # a spread of languages and kinds, always the same
                paths = project_urls[name]
                project_urls[name] = paths[:: max(1, len(paths) // SEARCHES)][:SEARCHES]
    return urls


def profile_project(project, settings, urls, cfg, only):
    path = Path(settings["workdir"]) / f"profile-{project}.json"
    wanted = {name: paths for name, paths in urls[project].items() if name in ADDRESSES and (not only or name in only)}
    (Path(settings["workdir"]) / f"urls-{project}.json").write_text(json.dumps(wanted, ensure_ascii=False))
    env = load.project_env(project, settings)
    env["BENCH_PROFILE_ROOT"] = str(ROOT)
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker", project, "--requests", str(cfg["requests"])]
        + ["--urls", str(Path(settings["workdir"]) / f"urls-{project}.json"), "--output", str(path)],
        cwd=load.project_cwd(project),
        env=env,
        check=True,
    )
    return json.loads(path.read_text())


def orchestrate(cfg, fresh, only):
    started = time.monotonic()
    import redis

    redis.Redis.from_url(cfg["redis"]).flushdb()
    settings = prepare(cfg, fresh)
    urls = addresses(settings, cfg)
    profiles = {}
    for project in load.PROJECTS:
        log(f"{project}: profiling {cfg['requests']} requests an address")
        profiles[project] = profile_project(project, settings, urls, cfg, only)
    results = {
        "measured": datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
        "config": {key: cfg[key] for key in ("per_language", "requests")},
        "loadavg": load.loadavg(),
        "profiles": profiles,
        "seconds": round(time.monotonic() - started),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    print(render(results, brief=True))
    if not only:
        DOC.write_text(render(results))
        log(f"done in {results['seconds']} s: {RESULTS} and {DOC}")


# -- the worker (inside one project's Django) ---------------------------------------------------
def package(filename, root):
    """The package a function belongs to, for the report: Django's templates apart from the rest of Django."""
    filename = filename.replace("\\", "/")
    if "site-packages/" in filename:
        parts = filename.split("site-packages/", 1)[1].split("/")
        top = parts[0].removesuffix(".py")
        if top == "django" and len(parts) > 1 and parts[1] in ("template", "templatetags"):
            return "django templates"
        if top == "django" and len(parts) > 1 and parts[1] == "db":
            return "django ORM"
        if top in ("psycopg", "psycopg_binary", "psycopg_pool"):
            return "psycopg"
        return top
    if root and filename.startswith(root):
        relative = filename[len(root) :].lstrip("/")
        if relative.startswith("bench/"):
            return "benchmark"
        return "this project: " + relative.split("/", 1)[0]
    if filename.startswith("<") or filename == "~":
        return "Python built-ins"
    return "Python standard library"


def table_of(sql):
    """The first table a query reads or writes (its FROM, INTO or UPDATE), for grouping."""
    outer = sql
    while True:  # subqueries and function calls out: the table of the statement itself, not of an EXISTS
        inner = re.sub(r"\([^()]*\)", "", outer)
        if inner == outer:
            break
        outer = inner
    match = re.search(r'\b(?:FROM|INTO|UPDATE)\s+"?([\w.]+)"?', outer, re.I)
    if match:
        return match.group(1)
    return sql.split(None, 1)[0].upper() if sql.strip() else "?"


class SqlTimer:
    """Wall time spent inside the database driver's execute calls (Django's execute wrapper)."""

    def __init__(self):
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - start


class RedisCounter:
    """Counts the commands the process sends to Redis (a pipeline counts once: one round trip)."""

    def __init__(self):
        import redis.client

        self.count = 0
        counter = self
        execute_command = redis.client.Redis.execute_command
        pipeline_execute = redis.client.Pipeline.execute

        def counted_command(client, *args, **kwargs):
            if not isinstance(client, redis.client.Pipeline):
                counter.count += 1
            return execute_command(client, *args, **kwargs)

        def counted_pipeline(pipeline, *args, **kwargs):
            counter.count += 1
            return pipeline_execute(pipeline, *args, **kwargs)

        redis.client.Redis.execute_command = counted_command
        redis.client.Pipeline.execute = counted_pipeline


def profile_address(client, paths, requests, root, redis_counter):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for path in paths:
        for _ in range(3):
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
    path = paths[0]
    redis_before = redis_counter.count if redis_counter else 0
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    redis_commands = (redis_counter.count - redis_before) if redis_counter else None
    sql = [query["sql"] for query in captured.captured_queries]
    by_table = Counter(table_of(text) for text in sql)
    timer = SqlTimer()
    profiler = cProfile.Profile()
    template_seconds = 0.0
    with connection.execute_wrapper(timer):
        start = time.perf_counter()
        profiler.enable()
        for number in range(requests):
            client.get(paths[number % len(paths)])
        profiler.disable()
        wall = time.perf_counter() - start
    stats = pstats.Stats(profiler)
    own = defaultdict(float)
    functions = []
    for (filename, line, name), (_calls, _primitive, tottime, cumtime, _callers) in stats.stats.items():
        own[package(filename, root)] += tottime
        functions.append((cumtime, filename, line, name))
        if name == "render" and filename.endswith("django/template/base.py"):
            template_seconds = max(template_seconds, cumtime)  # Template.render: the outermost calls
    profiled_total = sum(own.values()) or 1
    functions.sort(reverse=True)
    top = []
    for cumtime, filename, line, name in functions:
        # Left out: the middleware chain and the handler around the whole request (nearly all of it, each).
        if cumtime >= 0.8 * wall or name == "<module>" or "django/test/" in filename or "/bench/" in filename:
            continue
        top.append(
            {
                "function": f"{short(filename, root)}:{line} {name}",
                "package": package(filename, root),
                "ms": round(cumtime / requests * 1000, 2),
            }
        )
        if len(top) == TOP_FUNCTIONS:
            break
    return {
        "path": path,
        "paths": len(paths),
        "queries": len(sql),
        "queries_by_table": dict(by_table.most_common()),
        "sql": [text[:300] for text in sql],
        "redis": redis_commands,
        "ms": round(wall / requests * 1000, 2),
        "sql_ms": round(timer.seconds / requests * 1000, 2),
        "template_ms": round(template_seconds / requests * 1000, 2),
        "packages": {
            name: round(seconds / profiled_total * 100, 1)
            for name, seconds in sorted(own.items(), key=lambda item: -item[1])
            if seconds / profiled_total >= 0.005
        },
        "top": top,
    }


def short(filename, root):
    filename = filename.replace("\\", "/")
    if "site-packages/" in filename:
        return filename.split("site-packages/", 1)[1]
    if root and filename.startswith(root):
        return filename[len(root) :].lstrip("/")
    return filename.rsplit("/", 1)[-1]


def worker(project, urls_file, requests, output):
    load.setup_django(project)
    from django.test import Client

    redis_counter = None
    if project == "product":
        redis_counter = RedisCounter()
    root = os.environ.get("BENCH_PROFILE_ROOT", str(ROOT)) + "/"
    if project == "vanilla":
        root = str(load.VANILLA) + "/"
    client = Client()
    results = {}
    for name, paths in json.loads(Path(urls_file).read_text()).items():
        count = requests if name != "list100" else max(10, requests // 5)
        results[name] = profile_address(client, paths, count, root, redis_counter)
        results[name]["requests"] = count
        entry = results[name]
        print(
            f"  {project:8} {name:13} {entry['ms']:8.2f} ms  SQL {entry['sql_ms']:7.2f} ms  "
            f"templates {entry['template_ms']:7.2f} ms  {entry['queries']:3} queries",
            flush=True,
        )
    Path(output).write_text(json.dumps(results, indent=2, ensure_ascii=False))


# -- the report ---------------------------------------------------------------------------------
LABELS = {
    "floor": "bare Django view (the floor)",
    "home": "home page",
    "guide": "HTML guide page",
    "detail": "API page detail",
    "list20": "API list, 20 guides",
    "list100": "API list, 100 guides, `fields=*`",
    "search": "`/api/v2/search/?q=` (vanilla: its `?search=`)",
    "pages_search": "`/api/v2/pages/?search=`",
}
INTRO = """\
# Where the time goes

Written by `make bench-profile` (bench/profile/run.py; figures from bench/results/profile.json, not
versioned). Each address of the load benchmark ([benchmarks.md](benchmarks.md)) requested in-process
through Django's test client, this product with its production settings minus the page cache (its cache
in Redis, fragments warm), the vanilla Wagtail project with its own, on PostgreSQL databases seeded as
`make bench-load` seeds them. *ms* is the wall time of one request under cProfile (the profiler slows
Python code, not PostgreSQL: the shares of Python are somewhat overstated); *SQL* the time spent waiting
for the database's answers; *templates* the time inside Django's template rendering (the SQL a template
triggers included). Read the shares, not the absolute figures, and the load average below.
"""


def render(results, brief=False):
    profiles = results["profiles"]
    lines = [] if brief else [INTRO]
    cfg = results["config"]
    lines.append(
        f"Measured {results['measured']}: {cfg['per_language']:,} guides per language, {cfg['requests']} requests "
        f"an address (100 guides: a fifth), load average {' '.join(results['loadavg'])}."
    )
    lines += [
        "",
        "| request | project | ms | SQL ms | templates ms | queries | Redis round trips |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for name in ADDRESSES:
        for project in load.PROJECTS:
            entry = profiles.get(project, {}).get(name)
            if not entry:
                continue
            redis = "—" if entry["redis"] is None else entry["redis"]
            lines.append(
                f"| {LABELS[name]} | {project} | {entry['ms']:.1f} | {entry['sql_ms']:.1f} | "
                f"{entry['template_ms']:.1f} | {entry['queries']} | {redis} |"
            )
    if brief:
        return "\n".join(lines)
    for name in ADDRESSES:
        entries = {project: profiles.get(project, {}).get(name) for project in load.PROJECTS}
        if not any(entries.values()):
            continue
        lines += ["", f"## {LABELS[name]}", ""]
        for project, entry in entries.items():
            if not entry:
                continue
            tables = ", ".join(f"{table} {count}" for table, count in entry["queries_by_table"].items()) or "none"
            shares = ", ".join(f"{package} {share:g} %" for package, share in entry["packages"].items())
            lines += [
                f"**{project}** `{entry['path']}`"
                + (f" (and {entry['paths'] - 1} other queries)" if entry["paths"] > 1 else "")
                + f": {entry['ms']:.1f} ms a request, {entry['sql_ms']:.1f} ms of it waiting for SQL "
                f"({share(entry['sql_ms'], entry['ms'])}), {entry['template_ms']:.1f} ms in templates "
                f"({share(entry['template_ms'], entry['ms'])}).",
                "",
                f"- {entry['queries']} queries, by table: {tables}",
                f"- own time by package: {shares}",
                "- most cumulative time (ms a request; the middleware chain around the whole request left out): "
                + "; ".join(f"`{item['function']}` {item['ms']:.1f}" for item in entry["top"]),
                "",
            ]
    lines += [
        "",
        f"The run took {results['seconds']} s. Every query of one request of each address is in "
        "bench/results/profile.json (`sql`).",
    ]
    return "\n".join(lines) + "\n"


def share(part, whole):
    return f"{part / whole * 100:.0f} %" if whole else "—"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fresh", action="store_true", help="build the two databases anew")
    parser.add_argument("--only", nargs="*", help="profile only these addresses (docs/profile.md is not written)")
    parser.add_argument("--report", action="store_true", help="rewrite docs/profile.md from the last results")
    parser.add_argument("--worker", choices=list(load.PROJECTS), help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--requests", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.urls, args.requests, args.output)
    elif args.report:
        DOC.write_text(render(json.loads(RESULTS.read_text())))
    else:
        orchestrate(config(), args.fresh, args.only)


if __name__ == "__main__":
    main()

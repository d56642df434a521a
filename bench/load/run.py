"""Load benchmark: this product beside a vanilla Wagtail 8 project, same data, same machine, same run.

    make bench-load                                  # 10,000 guides per language, 20 s a measure
    BENCH_GUIDES=200 BENCH_DURATION=3 make bench-load
    .venv/bin/python bench/load/run.py --report      # rewrite docs/benchmarks.md from bench/results/load.json

Both projects get a fresh PostgreSQL database (``bench_product``, ``bench_vanilla``). This product:
``migrate``, ``setup_site``, ``build_demo``; the vanilla project (``wagtail start`` and
bench/vanilla/additions.patch): ``migrate``, the Dutch and German translations of its home page and
the themes. Both then receive the same synthetic guides (bench/corpus.py) in bulk, a tenth first, and
their search indexes are built (this product: ``search_index``; vanilla: Wagtail's database backend,
``add_bulk``). Each is served by gunicorn (2 sync workers, production settings: this product's persistent connections,
vanilla's Django default ``CONN_MAX_AGE`` of 0; this product is also measured with 0, before/after) and
loaded by wrk (2 threads, 16 connections, ``BENCH_WARMUP`` s of warm-up then ``BENCH_DURATION`` s
measured), endpoint by endpoint, the projects alternating, ``BENCH_ROUNDS`` rounds: the search
endpoints with a tenth of the guides (search flatness), then every endpoint with all of them.
Queries per request are counted in-process (Django's test client and ``CaptureQueriesContext``,
the third request of each address, on the same database). Results: bench/results/load.json (not
versioned) and docs/benchmarks.md.
"""

import argparse
import datetime
import hashlib
import io
import json
import os
import platform
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# The vanilla project is written where its results go (not versioned): `wagtail start`, then this patch.
VANILLA = ROOT / "bench" / "results" / "vanilla"
VANILLA_ADDITIONS = ROOT / "bench" / "vanilla" / "additions.patch"
RESULTS = ROOT / "bench" / "results" / "load.json"
WORKDIR = ROOT / "bench" / "results" / "load"
DOC = ROOT / "docs" / "benchmarks.md"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432"
DEFAULT_REDIS = "redis://127.0.0.1:6379/13"
THREADS, CONNECTIONS, WORKERS = 2, 16, 2
UNLIMITED = "100000000/m"
LANGUAGES = ("fr", "nl", "de")
SEARCH_KINDS = ("single", "title")  # the queries of bench/search/queries.jsonl the search endpoints are asked

PROJECTS = {
    "product": {
        "cwd": ROOT,
        "settings": "bench.load.settings_product",
        "wsgi": "cms.wsgi:application",
    },
    "vanilla": {
        "cwd": VANILLA,
        "settings": "vanilla.settings.bench",
        "wsgi": "vanilla.wsgi:application",
    },
}

# name: (label, kind, the vanilla endpoint it is compared with)
ENDPOINTS = {
    "floor": ("bare Django view (the floor)", "floor", None),
    "list20": ("API list, 20 guides", "api", "list20"),
    "list100": ("API list, 100 guides, `fields=*`", "api", "list100"),
    "detail": ("API page detail", "api", "detail"),
    "search": ("`/api/v2/search/?q=`", "search", "search"),
    "pages_search": ("`/api/v2/pages/?search=`", "search", "search"),
    "agenda": ("API agenda", "api", None),
    "home": ("home page", "html", "home"),
    "guide": ("HTML guide page", "html", "guide"),
}
CACHED_ENDPOINTS = ("home", "guide")
# This product once more with a new database connection per request (Django's default, and this product's before
# persistent connections became its production default): the requests that read the database the most cheaply.
CONNECTION_ENDPOINTS = ("list20", "detail", "guide")
CLOSED_CONNECTIONS = {"DATABASE_CONN_MAX_AGE": "0"}
FLAT_ENDPOINTS = ("search", "pages_search")


def config():
    env = os.environ
    return {
        "per_language": int(env.get("BENCH_GUIDES") or 10_000),
        "duration": int(env.get("BENCH_DURATION") or 20),
        "warmup": int(env.get("BENCH_WARMUP") or 3),
        "rounds": int(env.get("BENCH_ROUNDS") or 2),
        "postgres": env.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES).rstrip("/"),
        "redis": env.get("BENCH_REDIS_URL", DEFAULT_REDIS),
        "database_prefix": env.get("BENCH_DATABASE_PREFIX") or "bench",
    }


# -- the orchestrator ------------------------------------------------------------------------
def log(message):
    print(f"[{datetime.datetime.now():%H:%M:%S}] {message}", flush=True)


def fresh_postgres(base, name):
    import psycopg

    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


def project_env(project, settings, cached=False, overrides=None):
    """The environment a project's processes run with: production settings, everything from here."""
    env = dict(os.environ)
    for name in ("OPENSEARCH_URL", "ELASTICSEARCH_URL", "AWS_STORAGE_BUCKET_NAME", "PYTHONPATH", "BASE_URL"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE=PROJECTS[project]["settings"],
        DATABASE_URL=settings["database_urls"][project],
        SECRET_KEY=settings["secret_key"],
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="false",
        STATIC_ROOT=str(Path(settings["workdir"]) / project / "static"),
        MEDIA_ROOT=str(Path(settings["workdir"]) / project / "media"),
        BENCH_PAGE_CACHE="on" if cached else "off",
        # One client (wrk, 127.0.0.1) asks for what thousands of visitors would: the read limits must not answer.
        RATE_LIMIT_API_READ=UNLIMITED,
        RATE_LIMIT_API_SEARCH=UNLIMITED,
        RATE_LIMIT_SEARCH=UNLIMITED,
    )
    if project == "product":
        env["REDIS_URL"] = settings["redis"]
    env.update(overrides or {})
    return env


def vanilla_project():
    """Write the vanilla project: what `wagtail start` writes, plus bench/vanilla/additions.patch.

    Written again when the patch or Wagtail's version changes (bench/vanilla/README.md says what the patch
    adds and why); a first try that failed halfway leaves nothing behind.
    """
    import wagtail

    stamp = f"{wagtail.__version__} {hashlib.sha256(VANILLA_ADDITIONS.read_bytes()).hexdigest()}\n"
    if (VANILLA / "STAMP").is_file() and (VANILLA / "STAMP").read_text() == stamp:
        return
    target = VANILLA.with_name(f"vanilla-{os.getpid()}")
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    subprocess.run(
        [sys.executable, "-m", "wagtail.bin.wagtail", "start", "vanilla", str(target)], check=True, capture_output=True
    )
    subprocess.run(["patch", "--quiet", "-p1", "-d", str(target), "-i", str(VANILLA_ADDITIONS)], check=True)
    (target / "STAMP").write_text(stamp)
    shutil.rmtree(VANILLA, ignore_errors=True)
    target.rename(VANILLA)


def project_cwd(project):
    """The folder the project runs in (the vanilla project's written first when it is not there yet)."""
    if project == "vanilla":
        vanilla_project()
    return PROJECTS[project]["cwd"]


def worker(project, settings, mode, *args):
    """Run a step inside the project's Django (its own process, its own settings); returns its JSON."""
    with tempfile.NamedTemporaryFile("r", suffix=".json") as output:
        subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--project", project]
            + ["--output", output.name, *map(str, args)],
            cwd=project_cwd(project),
            env=project_env(project, settings),
            check=True,
        )
        return json.loads(Path(output.name).read_text() or "null")


def save_urls(settings, project, urls):
    path = Path(settings["workdir"]) / f"urls-{project}.json"
    path.write_text(json.dumps(urls[project], ensure_ascii=False))
    return path


class Server:
    """gunicorn serving one project on a free port, 2 sync workers."""

    def __init__(self, project, settings, cached=False, overrides=None, name=None):
        self.project, self.cached = project, cached
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = open(Path(settings["workdir"]) / f"gunicorn-{name or project}.log", "w")  # noqa: SIM115
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.process = subprocess.Popen(
            [str(gunicorn), "--workers", str(WORKERS), "--worker-class", "sync", "--bind", f"127.0.0.1:{self.port}"]
            + ["--timeout", "120", "--chdir", str(project_cwd(project)), PROJECTS[project]["wsgi"]],
            env=project_env(project, settings, cached=cached, overrides=overrides),
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/favicon-that-is-not-there", timeout=5)
                break
            except urllib.error.HTTPError:
                break  # any HTTP answer: it serves
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit(f"gunicorn for {project} stopped; see {self.log.name}") from None
                time.sleep(0.3)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=30)
        self.log.close()


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ensure_wrk():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: `make bench-load` installs it (apt-get install -y wrk)")


def wrk(url, paths, seconds):
    """One wrk run over ``paths`` (in turn); the figures of wrk.lua's JSON line."""
    with tempfile.NamedTemporaryFile("w", suffix=".paths") as listing:
        listing.write("\n".join(paths) + "\n")
        listing.flush()
        command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
        command += ["-s", str(HERE / "wrk.lua"), url, "--", listing.name]
        completed = subprocess.run(command, capture_output=True, text=True, check=True)
    line = next(line for line in completed.stdout.splitlines() if line.startswith("BENCH_JSON "))
    data = json.loads(line.removeprefix("BENCH_JSON "))
    data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
    return data


def measure(server, paths, cfg):
    wrk(server.url, paths, cfg["warmup"])
    time.sleep(1)  # the warm-up's last requests are answered before the measure starts
    return wrk(server.url, paths, cfg["duration"])


def loadavg():
    return Path("/proc/loadavg").read_text().split()[:3]


def run_rounds(servers, plan, cfg, label):
    """``plan``: [(server key, endpoint, paths)], the projects alternating; ``cfg['rounds']`` times."""
    rounds = []
    for number in range(1, cfg["rounds"] + 1):
        entry = {"round": number, "loadavg_before": loadavg(), "results": {}}
        for key, endpoint, paths in plan:
            log(f"{label} round {number}: {key} {endpoint}")
            entry["results"].setdefault(key, {})[endpoint] = measure(servers[key], paths, cfg)
        entry["loadavg_after"] = loadavg()
        rounds.append(entry)
    return rounds


def in_parallel(settings, steps):
    """Run worker steps ``[(project, mode, *args)]`` at once (one process each); their JSON, in order.

    The two projects' preparation and seeding are independent: run side by side on 2 cores they
    take the time of the longer one instead of the sum.
    """
    with tempfile.TemporaryDirectory() as tmp:
        running = []
        for number, (project, mode, *args) in enumerate(steps):
            output = Path(tmp) / f"{number}.json"
            command = [sys.executable, str(Path(__file__).resolve()), "--worker", mode, "--project", project]
            command += ["--output", str(output), *map(str, args)]
            process = subprocess.Popen(command, cwd=project_cwd(project), env=project_env(project, settings))
            running.append((process, output, f"{project} {mode}"))
        failed = [name for process, _output, name in running if process.wait() != 0]
        if failed:
            raise SystemExit(f"failed: {', '.join(failed)}")
        return [json.loads(output.read_text() or "null") for _process, output, _name in running]


class Budget:
    """The time of each phase, printed as it ends, and the time the measures will take, printed before."""

    def __init__(self):
        self.started = self.step = time.monotonic()
        self.timings = {}

    def done(self, phase):
        now = time.monotonic()
        self.timings[f"{phase}_s"] = round(now - self.step, 1)
        log(f"phase {phase}: {now - self.step:.0f} s (total {now - self.started:.0f} s)")
        self.step = now

    @staticmethod
    def announce(label, measures, cfg):
        seconds = measures * measure_seconds(cfg)
        log(f"{label}: {measures} measures of {measure_seconds(cfg)} s ≈ {seconds / 60:.1f} min")


def measure_seconds(cfg):
    """Wall time of one measure: warm-up, the pause after it, the measure."""
    return cfg["warmup"] + 1 + cfg["duration"]


def load_plan(urls, cached):
    """The measures of one round: every endpoint, this product then vanilla (then the cached product, then this
    product with a new database connection per request)."""
    plan = []
    for name in ENDPOINTS:
        plan.append(("product", name, urls["product"][name]))
        if name in urls["vanilla"]:
            plan.append(("vanilla", name, urls["vanilla"][name]))
        if cached and name in CACHED_ENDPOINTS:
            plan.append(("product_cached", name, urls["product"][name]))
        if name in CONNECTION_ENDPOINTS:
            plan.append(("product_conn0", name, urls["product"][name]))
    return plan


def orchestrate(cfg):
    budget = Budget()
    ensure_wrk()
    if WORKDIR.exists():
        shutil.rmtree(WORKDIR)
    WORKDIR.mkdir(parents=True)
    settings = {
        "workdir": str(WORKDIR),
        "secret_key": secrets.token_urlsafe(50),
        "redis": cfg["redis"],
        "database_urls": {
            project: fresh_postgres(cfg["postgres"], f"{cfg['database_prefix']}_{project}") for project in PROJECTS
        },
    }
    import redis

    redis.Redis.from_url(cfg["redis"]).flushdb()
    log("both projects: migrate, content, static files (side by side)")
    in_parallel(settings, [(project, "prepare") for project in PROJECTS])
    budget.done("prepare")
    small = max(1, cfg["per_language"] // 10)
    log(f"both projects: {small} guides per language")
    seeded = in_parallel(settings, [(project, "seed", small, 0) for project in PROJECTS])
    seeds = {f"{project}_small": seed for project, seed in zip(PROJECTS, seeded, strict=True)}
    budget.done("seed_small")
    flat, queries_small = {}, {}
    urls = {project: worker(project, settings, "urls", small) for project in PROJECTS}
    for project in PROJECTS:  # every address answers 200 before it is loaded; its queries, at a tenth of the guides
        queries_small[project] = worker(project, settings, "queries", save_urls(settings, project, urls))
    budget.done("queries_small")
    if cfg["rounds"]:
        budget.announce("search flatness", len(FLAT_ENDPOINTS) * cfg["rounds"], cfg)
        servers = {project: Server(project, settings) for project in PROJECTS}
        try:
            plan = [("product", name, urls["product"][name]) for name in FLAT_ENDPOINTS]
            flat = {"pages": small * 3, "rounds": run_rounds(servers, plan, cfg, "search flatness")}
        finally:
            for server in servers.values():
                server.stop()
        budget.done("flatness")
    log(f"both projects: {cfg['per_language']} guides per language")
    seeded = in_parallel(settings, [(project, "seed", cfg["per_language"], small) for project in PROJECTS])
    seeds.update(zip(PROJECTS, seeded, strict=True))
    budget.done("seed")
    urls = {project: worker(project, settings, "urls", cfg["per_language"]) for project in PROJECTS}
    queries = {
        project: worker(project, settings, "queries", save_urls(settings, project, urls)) for project in PROJECTS
    }
    page_cache = worker("product", settings, "page-cache")
    budget.done("queries")
    servers = {project: Server(project, settings) for project in PROJECTS}
    if page_cache["configured"]:
        servers["product_cached"] = Server("product", settings, cached=True, name="product-cached")
    servers["product_conn0"] = Server("product", settings, overrides=CLOSED_CONNECTIONS, name="product-conn0")
    try:
        plan = load_plan(urls, "product_cached" in servers)
        budget.announce("load", len(plan) * cfg["rounds"], cfg)
        rounds = run_rounds(servers, plan, cfg, "load") if cfg["rounds"] else []
    finally:
        for server in servers.values():
            server.stop()
    budget.done("load")
    results = {
        "measured": datetime.datetime.now().astimezone().isoformat(timespec="minutes"),
        "command": os.environ.get("BENCH_COMMAND", "bench/load/run.py"),
        "config": {key: value for key, value in cfg.items() if key not in ("postgres", "redis", "database_prefix")},
        "pages": {project: seeds[project]["pages"] for project in PROJECTS},
        "seeding": seeds,
        "timings": budget.timings,
        "urls": urls,
        "queries": queries,
        "queries_small": queries_small,
        "page_cache": page_cache,
        "flatness": flat,
        "rounds": rounds,
        "versions": versions(settings),
        "machine": machine(),
    }
    results["timings"]["total_s"] = round(time.monotonic() - budget.started, 1)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    DOC.write_text(render(results))
    log(f"done in {results['timings']['total_s']:.0f} s: {RESULTS} and {DOC}")


def versions(settings):
    import django
    import gunicorn
    import psycopg
    import wagtail

    with psycopg.connect(settings["database_urls"]["product"]) as connection:
        postgres = connection.execute("SHOW server_version").fetchone()[0]
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split("\n")[0]
    return {
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "postgresql": postgres,
        "gunicorn": gunicorn.__version__,
        "wrk": " ".join(wrk_version.split()[:2]),
    }


def machine():
    memory = next(line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal"))
    return {"nproc": os.cpu_count(), "memory_gib": round(int(memory.split()[1]) / 1024**2, 1), "loadavg": loadavg()}


# -- the report -------------------------------------------------------------------------------
TARGETS = (
    # (label, product key, endpoint, compared with (key, endpoint) or "floor", minimum ratio)
    ("HTML guide page uncached ≥ 2× vanilla's", "product", "guide", ("vanilla", "guide"), 2),
    ("HTML guide page with the production cache ≥ 50 % of the floor", "product_cached", "guide", "floor", 0.5),
    ("home page uncached ≥ 2× vanilla's HTML guide page", "product", "home", ("vanilla", "guide"), 2),
    ("API detail ≥ 3×", "product", "detail", ("vanilla", "detail"), 3),
    ("API list 20 ≥ 4× uncached", "product", "list20", ("vanilla", "list20"), 4),
    ("API list 100 with all fields ≥ 4×", "product", "list100", ("vanilla", "list100"), 4),
    ("`/api/v2/search/` ≥ 20× vanilla's search", "product", "search", ("vanilla", "search"), 20),
    ("`/api/v2/pages/?search=` ≥ 20× vanilla's search", "product", "pages_search", ("vanilla", "search"), 20),
)
FLAT_MINIMUM = 0.8  # req/s with every guide ÷ req/s with a tenth: "within 20 %"
SPREAD_MAXIMUM = 3  # p99 ÷ p50

METHOD = """\
# Benchmarks

This product beside a vanilla Wagtail 8 project (what `wagtail start` gives, written by the run, plus
bench/vanilla/additions.patch, the lines its README lists: i18n, the v2 API, one `GuidePage`), on the
same machine, in the same run. `make bench` runs the load benchmark (`make bench-load`, below) then the
search benchmark (`make bench-search`, [search.md](search.md)).

**The figures on this page are written by the run**: `make bench-load` rewrites this file from
bench/results/load.json (not versioned); `.venv/bin/python bench/load/run.py --report` rewrites it
from the last results. Figures measured while other work loads the machine mean little: read the
load averages beside them. Under the targets, *Why the misses* is written by hand from the figures of
`make bench-profile` ([profile.md](profile.md): where the time of each request goes, queries by table and
Python time by package, beside vanilla); a new run keeps it as it is.

## How to run

    make bench                                       # bench-load, then bench-search
    make bench-load                                  # 10,000 guides per language, 2 rounds of 20 s
    BENCH_GUIDES=200 BENCH_DURATION=3 make bench-load  # a quick try: the numbers mean nothing

| variable | default | what |
| --- | --- | --- |
| `BENCH_GUIDES` | 10000 | guides per language (FR, NL, DE) in each project |
| `BENCH_DURATION` | 20 | seconds measured per endpoint and round |
| `BENCH_WARMUP` | 3 | seconds of warm-up before each measure |
| `BENCH_ROUNDS` | 2 | rounds (each round: every endpoint, the projects alternating) |
| `BENCH_POSTGRES_URL` | postgres://postgres@127.0.0.1:5432 | holds the two databases (made anew) |
| `BENCH_REDIS_URL` | redis://127.0.0.1:6379/13 | this product's cache in production (flushed) |
| `BENCH_DATABASE_PREFIX` | bench | the databases' names: `<prefix>_product`, `<prefix>_vanilla` |

It needs PostgreSQL, Redis and wrk (the Makefile target installs wrk with apt-get when missing).

**How long**: `make bench` must take less than 30 minutes on an idle 2-core machine. `bench-load`
prints the time of each phase as it ends (`phase prepare: … s (total … s)`) and, before the
measures, how long they will take (`load: 34 measures of 24 s ≈ 13.6 min`); `make bench` prints
the time of each part. By its parts: the two projects' preparation side by side (this product's
`migrate` + `build_demo` + `collectstatic`, the longer: a few minutes), seeding and indexing the
guides of both side by side (about 2), the 38 measures of 24 s (≈ 15), then `bench-search` ≈ 5
(docs/search.md: its speed part alone about 2). What the run took is under *Run* below; on a
machine loaded by other work, this product's preparation alone took 5 to 8 minutes. The
warm-up is 3 s (it was 5): each server serves every endpoint before its first measure, so only
the first measure of an endpoint meets cold caches, and 3 s of 16 connections is hundreds of
requests.

## Method

- **Data**: each project gets its own fresh PostgreSQL database. This product: `migrate`,
  `setup_site`, `build_demo --force` (home pages, menus, agenda, sponsors…); the vanilla project:
  `migrate`, the Dutch and German translations of its home page, the themes. Then the same
  synthetic guides (bench/corpus.py: the sentences of the search benchmark's 48 guides,
  recombined, seeded) in FR, NL and DE, the Dutch and German ones translations of the French one,
  written in bulk (treebeard paths computed, pages and their rows inserted by batches) under the
  guide index of each language (vanilla: under each language's home page), live. Search indexes:
  this product's `search_index` (its per-language index on PostgreSQL); vanilla: Wagtail's
  default database backend, filled with `add_bulk`. A tenth of the guides first (the search
  flatness measure), then the rest. The two projects are prepared and seeded side by side (one
  process each): they do not share a database, and the run takes the longer of the two instead
  of their sum.
- **Vanilla's packages**: the vanilla project runs on this product's interpreter and packages
  (`.venv`, installed from requirements.lock by `make install-dev`): its requirements.txt
  asks for `Django>=5.2,<5.3` and `wagtail>=8.0,<8.1`, which the lock pins, and it needs only
  `dj-database-url`, `psycopg` and `gunicorn` beside them, all in the lock. Nothing is installed
  for it, so its setup costs no time; *Run* below gives the versions both served with.
- **Serving**: gunicorn, 2 sync workers, production settings (DEBUG off). This product:
  `cms.settings.production` through bench/load/settings_product.py, which adds only the floor
  view's URL and, for the uncached measures, takes Django's and wagtail-cache's full-page caches
  (and a middleware named `…PageCache…`) out; its cache is Redis, as in production; its
  connections are its production default (`DATABASE_CONN_MAX_AGE` unset: persistent, 60 s, with
  health checks); a third server measures the API detail, the API list 20 and the guide page with
  `DATABASE_CONN_MAX_AGE=0`, a new connection per request (before/after). The environment
  raises the read rate limits (`RATE_LIMIT_API_READ`, `RATE_LIMIT_API_SEARCH`,
  `RATE_LIMIT_SEARCH`): wrk is one client asking for what thousands of visitors would; the
  limits are still checked on every request. Vanilla: its `production.py` plus the database and
  hosts from the environment, Django's default `CONN_MAX_AGE` (0), no cache configured.
- **Load**: wrk, 2 threads × 16 connections, 3 s warm-up then 20 s measured per endpoint,
  the projects alternating endpoint by endpoint, two rounds; req/s is the mean of the rounds,
  latencies (wrk's p50/p90/p99) too. The search endpoints cycle through the queries of kinds
  `single` and `title` of bench/search/queries.jsonl in French, Dutch and German (39 addresses)
  within one measure: a measure per language would triple the search measures and `make bench`
  must stay under 30 minutes; queries per request are counted for each address.
- **Addresses**: the floor `/bench/floor` (this product's process only); API lists
  `/api/v2/pages/?type=<GuidePage>&locale=fr&limit=20` and `…&limit=100&fields=*`; the API detail
  and the HTML page of the French guide in the middle of the tree; the French home page `/fr/`;
  search `/api/v2/search/?q=&locale=` and `/api/v2/pages/?search=&locale=&type=<GuidePage>`
  (vanilla: the latter); the agenda `/api/v2/agenda/?locale=fr` (this product only). With the
  production page cache (measured only when one is configured): the home page and the guide page.
- **Search flatness**: this product's two search endpoints, measured the same way with a tenth of
  the guides (3,000 pages by default) before the rest are written; the ratio of req/s.
- **Queries per request**: each address requested three times in-process (Django's test
  client, `CaptureQueriesContext`, same settings and database); the third request's count. They
  are counted twice, with a tenth of the guides and with all of them: the target "independent of
  the number of items" is met when no address (lists, detail, search, home and guide pages) makes
  more queries with all the guides than with a tenth (a search that finds nothing asks the other
  languages, so a search address may make fewer), and the list of 20 guides with every field as
  many as the list of 100.
- **Verdicts**: each target of issue 13 is `met`, or `missed by` the share of the target the
  measure lacks (a ratio of 1.5× where 2× is needed: missed by 25 %), or `—` when it was not
  measured; the p99 target names every endpoint over it.
- **Ratios**: this product ÷ vanilla's matching request (search: vanilla's `?search=`).
"""


def mean(values):
    return statistics.mean(values) if values else None


def summary(rounds, key, endpoint):
    runs = [r["results"][key][endpoint] for r in rounds if endpoint in r["results"].get(key, {})]
    if not runs or not all(run["requests"] for run in runs):
        return None  # not measured, or no answer came within a measure (unanswered() names them)
    return {
        "rps": mean([run["rps"] for run in runs]),
        **{p: mean([run["latency_us"][p] / 1000 for run in runs]) for p in ("p50", "p90", "p99")},
        "errors": sum(sum(run["errors"].values()) for run in runs),
        "requests": sum(run["requests"] for run in runs),
    }


def query_count(queries, endpoint):
    counts = sorted({entry["queries"] for entry in queries.get(endpoint, [])})
    if not counts:
        return "—"
    return str(counts[0]) if len(counts) == 1 else f"{counts[0]}–{counts[-1]}"


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt(value, pattern="{:.2f}×"):
    return "—" if value is None else pattern.format(value)


def render(results):
    rounds = results["rounds"]
    lines = [METHOD, "## Results", ""]
    cached = results["page_cache"]
    lines.append(
        f"Measured {results['measured']} with `{results['command']}`: {results['pages']['product']:,} pages in "
        f"this product, {results['pages']['vanilla']:,} in vanilla ({results['config']['per_language']:,} guides "
        f"per language); {results['config']['rounds']} rounds of {results['config']['duration']} s "
        f"after {results['config']['warmup']} s of warm-up. Production page cache: "
        + (", ".join(cached["configured"]) if cached["configured"] else "**cache: none configured**")
        + "."
        + (
            f" Not taken out of the uncached measures: {', '.join(cached['not_removed'])}."
            if cached["not_removed"]
            else ""
        )
    )
    lines += [
        "",
        "| request | this product req/s | vanilla req/s | ratio | p50 / p90 / p99 ms (product) | "
        "p50 / p90 / p99 ms (vanilla) | queries (product / vanilla) |",
        "|---|---:|---:|---:|---|---|---|",
    ]
    rows = [("product", name) for name in ENDPOINTS]
    rows += [("product_cached", name) for name in CACHED_ENDPOINTS if cached["configured"]]
    rows += [("product_conn0", name) for name in CONNECTION_ENDPOINTS]
    for key, name in rows:
        label, _kind, match = ENDPOINTS[name]
        mine = summary(rounds, key, name)
        theirs = summary(rounds, "vanilla", match) if match else None
        if key == "product_cached":
            label += ", production cache"
        if key == "product_conn0":
            label += ", a new database connection per request (`DATABASE_CONN_MAX_AGE=0`)"
        lines.append(
            f"| {label} | {fmt(mine and mine['rps'], '{:.0f}')} | {fmt(theirs and theirs['rps'], '{:.0f}')} | "
            f"{fmt(ratio(mine and mine['rps'], theirs and theirs['rps']))} | {latencies(mine)} | "
            f"{latencies(theirs)} | {query_count(results['queries']['product'], name)} / "
            f"{query_count(results['queries']['vanilla'], match) if match else '—'} |"
        )
    errors = {
        f"{key} {name}": total["errors"]
        for key in ("product", "vanilla", "product_cached", "product_conn0")
        for name in ENDPOINTS
        if (total := summary(rounds, key, name)) and total["errors"]
    }
    if errors:
        lines += [
            "",
            "Errors (connection errors, timeouts or answers other than 2xx/3xx): "
            + ", ".join(f"{name}: {count}" for name, count in errors.items()),
        ]
    silent = unanswered(rounds) + unanswered(results["flatness"].get("rounds", []) if results["flatness"] else [])
    if silent:
        lines += [
            "",
            "No answer came within a measure (shown as —; the machine was too busy or the measure too short): "
            + ", ".join(silent)
            + ".",
        ]
    lines += ["", "### Search flatness", ""]
    flat = results["flatness"]
    if flat:
        full_guides = results["config"]["per_language"] * len(LANGUAGES)
        lines += [
            f"req/s with {flat['pages']:,} guides and with {full_guides:,} guides.",
            "",
            "| endpoint | small | full | full ÷ small (req/s) | p50 small / full ms |",
            "|---|---:|---:|---:|---|",
        ]
        for key, name in (("product", "search"), ("product", "pages_search")):
            small, full = summary(flat["rounds"], key, name), summary(rounds, key, name)
            lines.append(
                f"| {ENDPOINTS[name][0]} | "
                f"{fmt(small and small['rps'], '{:.0f}')} | {fmt(full and full['rps'], '{:.0f}')} | "
                f"{fmt(ratio(full and full['rps'], small and small['rps']))} | "
                f"{fmt(small and small['p50'], '{:.1f}')} / {fmt(full and full['p50'], '{:.1f}')} |"
            )
    lines += ["", "### Targets (issue 13)", "", "| target | measured | verdict |", "|---|---|---|"]
    lines += target_rows(results)
    lines += kept_sections()
    lines += ["", "### Run", ""]
    v, m = results["versions"], results["machine"]
    lines.append(
        f"Python {v['python']}, Django {v['django']}, Wagtail {v['wagtail']}, PostgreSQL {v['postgresql']}, "
        f"gunicorn {v['gunicorn']}, {v['wrk']}; {m['nproc']} CPUs, {m['memory_gib']} GiB of memory."
    )
    lines += ["", "| round | /proc/loadavg before | after |", "|---|---|---|"]
    for label, source in (("search flatness", flat.get("rounds", []) if flat else []), ("load", rounds)):
        for entry in source:
            lines.append(
                f"| {label} {entry['round']} | {' '.join(entry['loadavg_before'])} | "
                f"{' '.join(entry['loadavg_after'])} |"
            )
    config = results["config"]
    lines += [
        "",
        "Commands: `"
        + " ".join(
            f"BENCH_{name.upper()}={config[key]}"
            for name, key in (("guides", "per_language"), ("duration", "duration"), ("warmup", "warmup"))
            + (("rounds", "rounds"),)
        )
        + f" {results['command']}` (this page and bench/results/load.json), then "
        "`.venv/bin/python bench/load/run.py --report` rewrites this page from the results.",
    ]
    seeding = results["seeding"]
    lines += [
        "",
        "Seeding (s): "
        + ", ".join(f"{key} {value['pages_s']} + index {value['index_s']}" for key, value in seeding.items())
        + "; time of each phase (s): "
        + ", ".join(f"{key.removesuffix('_s')} {value}" for key, value in results["timings"].items())
        + ".",
    ]
    return "\n".join(lines) + "\n"


# Sections written by hand below the targets (why a target is missed, with the figures of `make bench-profile`):
# a new run rewrites the figures around them and keeps them as they are.
KEPT_SECTIONS = ("### Why the misses",)


def kept_sections():
    """The sections of KEPT_SECTIONS in the current docs/benchmarks.md, each up to the next heading of its level."""
    if not DOC.exists():
        return []
    text = DOC.read_text()
    kept = []
    for heading in KEPT_SECTIONS:
        start = text.find("\n" + heading + "\n")
        if start < 0:
            continue
        ends = [text.find(mark, start + len(heading) + 2) for mark in ("\n### ", "\n## ")]
        end = min([position for position in ends if position >= 0], default=len(text))
        kept += ["", text[start + 1 : end].rstrip("\n")]
    return kept


def unanswered(rounds):
    return sorted(
        {
            f"{key} {endpoint}"
            for entry in rounds
            for key, results in entry["results"].items()
            for endpoint, run in results.items()
            if not run["requests"]
        }
    )


def latencies(total):
    if not total:
        return "—"
    return f"{total['p50']:.1f} / {total['p90']:.1f} / {total['p99']:.1f}"


def verdict(value, minimum):
    """``met``, or ``missed`` with how far the measure is from the target (a share of the target)."""
    if value >= minimum:
        return "met"
    return f"missed by {(1 - value / minimum) * 100:.0f} % (needs {minimum:g}×)"


def verdicts(results):
    """Each target of issue 13: (target, measured, verdict); the verdict is "met", "missed by …" or "—"."""
    rounds = results["rounds"]
    rows = []
    for label, key, name, against, minimum in TARGETS:
        mine = summary(rounds, key, name)
        base = summary(rounds, "product", "floor") if against == "floor" else summary(rounds, *against)
        value = ratio(mine and mine["rps"], base and base["rps"])
        if key == "product_cached" and not results["page_cache"]["configured"]:
            rows.append((label, "cache: none configured", "missed"))
        elif value is None:
            rows.append((label, "not measured", "—"))
        else:
            rows.append((label, f"{value:.2f}×", verdict(value, minimum)))
    flat = results["flatness"] or {}
    full_pages = results["config"]["per_language"] * len(LANGUAGES)
    for name in FLAT_ENDPOINTS:
        small, full = summary(flat.get("rounds", []), "product", name), summary(rounds, "product", name)
        value = ratio(full and full["rps"], small and small["rps"])
        small_pages = flat.get("pages", full_pages // 10)
        label = f"{ENDPOINTS[name][0]} within 20 % from {small_pages:,} to {full_pages:,} pages"
        if value is None:
            rows.append((label, "not measured", "—"))
        else:
            rows.append((label, f"{value:.2f}× the req/s", verdict(value, FLAT_MINIMUM)))
    rows.append(queries_verdict(results))
    rows.append(spread_verdict(rounds))
    return rows


def queries_verdict(results):
    """Queries per request do not grow with the items: the same for every address at a tenth and at all the
    guides, and the same for a list of 20 and of 100 guides with every field."""
    label = "queries per request independent of the number of items (every address; API list 20 / 100)"
    product, small = results["queries"]["product"], results.get("queries_small", {}).get("product", {})
    lists = [query_count(product, name) for name in ("list20_fields", "list100")]
    if "—" in lists:
        return (label, "not measured", "—")
    grew = [
        f"{name} {query_count(small, name)} → {query_count(product, name)}"
        for name in product
        if name in small and most_queries(product, name) > most_queries(small, name)
    ]
    if lists[0] != lists[1]:
        grew.append(f"list 20 / 100 {lists[0]} / {lists[1]}")
    measured = f"list 20 / 100: {lists[0]} / {lists[1]}"
    measured += f"; {len(small)} addresses counted at both sizes" if small else "; counted at one size only"
    if grew:
        return (label, measured, "missed: " + ", ".join(grew))
    return (label, measured, "met")


def most_queries(queries, endpoint):
    """The most queries one address of ``endpoint`` made.

    Growth is what the target forbids: a search that found nothing with a tenth of the guides
    asks the other languages (more queries) and may find something with all of them (fewer).
    """
    return max((entry["queries"] for entry in queries.get(endpoint, [])), default=0)


def spread_verdict(rounds):
    spread = [
        (f"{name}{' (cached)' if key == 'product_cached' else ''}", total["p99"] / total["p50"])
        for key in ("product", "product_cached")
        for name in ENDPOINTS
        if (total := summary(rounds, key, name)) and total["p50"]
    ]
    label = f"p99 ≤ {SPREAD_MAXIMUM}× p50 under {CONNECTIONS} connections on every endpoint"
    if not spread:
        return (label, "not measured", "—")
    worst = max(spread, key=lambda item: item[1])
    over = [f"{name} {value:.1f}×" for name, value in spread if value > SPREAD_MAXIMUM]
    measured = f"worst: {worst[0]} {worst[1]:.1f}×"
    return (label, measured, f"missed by {len(over)} endpoint(s): " + ", ".join(over) if over else "met")


def target_rows(results):
    return [f"| {label} | {measured} | {met} |" for label, measured, met in verdicts(results)]


# -- the workers (run inside each project's Django) -------------------------------------------
def setup_django(project):
    if project == "vanilla":
        sys.path.insert(0, str(VANILLA))
        sys.path.append(str(ROOT))  # bench.corpus, after the vanilla project's own apps (home, search)
    else:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def worker_prepare(project):
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if project == "product":
        call_command("build_demo", "--force", stdout=io.StringIO())
    else:
        prepare_vanilla()
    call_command("collectstatic", "--noinput", verbosity=0)
    return {}


def prepare_vanilla():
    """What an editor does in the vanilla project's admin: the home page in Dutch and German, the themes."""
    from wagtail.models import Locale

    from bench.corpus import SOURCES
    from home.models import HomePage, Theme

    home = HomePage.objects.get(locale__language_code="fr")
    for language in LANGUAGES[1:]:
        locale, _created = Locale.objects.get_or_create(language_code=language)
        if not home.has_translation(locale):
            home.copy_for_translation(locale).save_revision().publish()
    names = sorted({slug for line in SOURCES.read_text().splitlines() if line for slug in json.loads(line)["themes"]})
    Theme.objects.bulk_create([Theme(name=name) for name in names])


def worker_seed(project, per_language, start):
    from django.db import connection

    begin = time.monotonic()
    if project == "product":
        from django.core.management import call_command

        from bench.corpus import bulk_guides

        bulk_guides(per_language, start=start)
        pages_s = time.monotonic() - begin
        begin = time.monotonic()
        call_command("search_index", stdout=io.StringIO())
    else:
        pages = seed_vanilla(per_language, start)
        pages_s = time.monotonic() - begin
        begin = time.monotonic()
        index_vanilla(pages)
    index_s = time.monotonic() - begin
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    from wagtail.models import Page

    return {"pages_s": round(pages_s, 1), "index_s": round(index_s, 1), "pages": Page.objects.count()}


def seed_vanilla(per_language, start):
    """The same guides in the vanilla project: rich-text body, themes, under each language's home page."""
    from django.db import transaction
    from django.utils.html import escape

    from bench.corpus import bulk_children, guide_slug, synthetic_guides, translation_key
    from home.models import GuidePage, HomePage, Theme

    homes = {home.locale.language_code: home for home in HomePage.objects.select_related("locale")}
    themes = dict(Theme.objects.values_list("name", "pk"))
    guides = list(synthetic_guides(per_language, start=start))
    written = []
    with transaction.atomic():
        for language in LANGUAGES:
            children = [
                GuidePage(
                    title=texts[language]["title"],
                    slug=guide_slug(texts[language]["title"], number),
                    summary=texts[language]["summary"],
                    body="".join(f"<p>{escape(part)}</p>" for part in texts[language]["body"].split("\n\n")),
                )
                for number, texts, _themes, _sectors in guides
            ]
            keys = [translation_key(number) for number, *_rest in guides]
            pages = bulk_children(homes[language], GuidePage, children, keys)
            GuidePage.themes.through.objects.bulk_create(
                [
                    GuidePage.themes.through(guidepage_id=page.pk, theme_id=themes[slug])
                    for page, (_number, _texts, slugs, _sectors) in zip(pages, guides, strict=True)
                    for slug in slugs
                ],
                batch_size=5000,
            )
            written += [page.pk for page in pages]
    return written


def index_vanilla(pks):
    """Wagtail's default database search backend, filled by batches as ``update_index`` does."""
    from wagtail.search.backends import get_search_backend

    from home.models import GuidePage

    backend = get_search_backend()
    for offset in range(0, len(pks), 1000):
        backend.add_bulk(GuidePage, list(GuidePage.objects.filter(pk__in=pks[offset : offset + 1000])))


def search_queries():
    path = ROOT / "bench" / "search" / "queries.jsonl"
    queries = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [(query["q"], query["locale"]) for query in queries if query["kind"] in SEARCH_KINDS]


def worker_urls(project, per_language):
    """The addresses of every endpoint in this project (a guide from the middle of the tree)."""
    from urllib.parse import urlencode

    from wagtail.models import Page, Site

    from bench.corpus import translation_key

    if project == "product":
        from guides.models import GuidePage

        guide_type, home_slug_filter = "guides.GuidePage", {"depth": 2}
    else:
        from home.models import GuidePage

        guide_type, home_slug_filter = "home.GuidePage", {"depth": 2}
    site = Site.objects.get(is_default_site=True)
    guide = GuidePage.objects.get(translation_key=translation_key(per_language // 2), locale__language_code="fr")
    home = Page.objects.get(locale__language_code="fr", **home_slug_filter)
    listing = {"type": guide_type, "locale": "fr"}
    urls = {
        "list20": [f"/api/v2/pages/?{urlencode({**listing, 'limit': 20})}"],
        "list100": [f"/api/v2/pages/?{urlencode({**listing, 'limit': 100, 'fields': '*'})}"],
        # Counted, not loaded: the list of 20 with every field, to compare its queries with the list of 100.
        "list20_fields": [f"/api/v2/pages/?{urlencode({**listing, 'limit': 20, 'fields': '*'})}"],
        "detail": [f"/api/v2/pages/{guide.pk}/"],
        "home": [home.relative_url(site)],
        "guide": [guide.relative_url(site)],
    }
    pages_search = [
        f"/api/v2/pages/?{urlencode({'search': q, 'locale': language, 'type': guide_type})}"
        for q, language in search_queries()
    ]
    if project == "product":
        urls["floor"] = ["/bench/floor"]
        urls["search"] = [f"/api/v2/search/?{urlencode({'q': q, 'locale': lang})}" for q, lang in search_queries()]
        urls["pages_search"] = pages_search
        urls["agenda"] = ["/api/v2/agenda/?locale=fr"]
    else:
        urls["search"] = pages_search
    return urls


def worker_queries(project, urls):
    """Queries of each address of the file ``urls``, its third request in-process; every answer must be 200."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for name, paths in json.loads(Path(urls).read_text()).items():
        counts[name] = []
        for path in paths:
            for _attempt in range(3):
                with CaptureQueriesContext(connection) as captured:
                    response = client.get(path)
            if response.status_code != 200:
                raise SystemExit(f"{project} {path}: {response.status_code}")
            counts[name].append({"path": path, "queries": len(captured)})
    return counts


def worker_check(project):
    """The tree as treebeard checks it, and guides without their two translations."""
    from django.db.models import Count
    from wagtail.models import Page

    if project == "product":
        from guides.models import GuidePage
    else:
        from home.models import GuidePage
    groups = GuidePage.objects.order_by().values("translation_key").annotate(languages=Count("locale", distinct=True))
    return {
        "problems": [len(problem) for problem in Page.find_problems()],
        "guides": GuidePage.objects.count(),
        "untranslated": sum(1 for group in groups if group["languages"] != len(LANGUAGES)),
    }


def worker_page_cache(project):
    """The full-page caches this product's production settings configure (bench/load/settings_product.py).

    A middleware that subclasses Django's cache middleware under another name is not taken out
    for the uncached measures: it is named in ``not_removed`` (the report says so).
    """
    from django.conf import settings
    from django.middleware.cache import FetchFromCacheMiddleware, UpdateCacheMiddleware
    from django.utils.module_loading import import_string

    caches = (FetchFromCacheMiddleware, UpdateCacheMiddleware)
    hidden = [
        path
        for path in settings.MIDDLEWARE
        if path not in settings.PAGE_CACHES
        and isinstance(middleware := import_string(path), type)
        and issubclass(middleware, caches)
    ]
    return {"configured": list(settings.PAGE_CACHES), "not_removed": hidden}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--report", action="store_true", help="rewrite docs/benchmarks.md from the last results")
    parser.add_argument("--method", action="store_true", help="write docs/benchmarks.md without figures")
    parser.add_argument(
        "--worker", choices=["prepare", "seed", "urls", "queries", "check", "page-cache"], help=argparse.SUPPRESS
    )
    parser.add_argument("--project", choices=list(PROJECTS), help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("arguments", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        setup_django(args.project)
        function = globals()[f"worker_{args.worker.replace('-', '_')}"]
        values = [int(value) if re.fullmatch(r"\d+", value) else value for value in args.arguments]
        Path(args.output).write_text(json.dumps(function(args.project, *values), ensure_ascii=False))
    elif args.report:
        DOC.write_text(render(json.loads(RESULTS.read_text())))
    elif args.method:
        DOC.write_text(METHOD + "\n## Results\n\nWritten here by `make bench-load`; none are versioned.\n")
    else:
        orchestrate(config())


if __name__ == "__main__":
    main()

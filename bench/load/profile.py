"""In-process cost of a request: what every request pays before and after its view, and the API's views.

    . an environment as bench/load/run.py gives it (production settings, PostgreSQL, Redis)
    .venv/bin/python bench/load/profile.py [--iterations 300] [--only detail list20] [--sql] [--json out.json]

For each address (the floor view through the whole middleware stack and with no middleware, the
API's page detail, list of 20 guides, list of 100 guides with every field), after three warm-up
requests: SQL queries and Redis commands of one request (Django's ``CaptureQueriesContext``, the
Redis client's commands counted, a pipeline as one), then requests per second of Django's test
client in this one process (median of three rounds) and this process's CPU time per request (the
best round: the least disturbed by other processes; PostgreSQL's and Redis' own time is not in it).
Enough to compare two commits on one machine (run both alternately); not a substitute for
``make bench-load``.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def setup():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.load.settings_product")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


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


def addresses():
    from guides.models import GuidePage

    guides = GuidePage.objects.live().filter(locale__language_code="fr").order_by("pk")
    guide = guides[guides.count() // 2]
    listing = "/api/v2/pages/?type=guides.GuidePage&locale=fr"
    return {
        "floor": "/bench/floor",
        "floor_no_middleware": "/bench/floor",
        "detail": f"/api/v2/pages/{guide.pk}/",
        "list20": f"{listing}&limit=20",
        "list100": f"{listing}&limit=100&fields=*",
    }


def measure(name, path, iterations, redis_counter):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    middleware = [] if name == "floor_no_middleware" else None
    with override_settings(**({"MIDDLEWARE": middleware} if middleware is not None else {})):
        client = Client()
        for _ in range(3):
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code, response.content[:300])
        redis_before = redis_counter.count
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        redis_commands = redis_counter.count - redis_before
        # Read now: every request empties the connection's log (``reset_queries``), the captured ones too.
        sql = [query["sql"] for query in queries.captured_queries]
        rounds, cpu = [], []
        for _round in range(3):
            start, start_cpu = time.perf_counter(), time.process_time()
            for _ in range(iterations):
                client.get(path)
            rounds.append(iterations / (time.perf_counter() - start))
            cpu.append((time.process_time() - start_cpu) / iterations * 1000)
    return {
        "path": path,
        "queries": len(sql),
        "redis": redis_commands,
        "req_s": round(statistics.median(rounds), 1),
        "cpu_ms": round(min(cpu), 3),
        "sql": [text[:160] for text in sql],
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--iterations", type=int, default=300)
    parser.add_argument("--only", nargs="*", help="names of the addresses to measure")
    parser.add_argument("--sql", action="store_true", help="print the queries of each address")
    parser.add_argument("--json", help="write the results to this file")
    args = parser.parse_args()
    setup()
    redis_counter = RedisCounter()
    results = {}
    for name, path in addresses().items():
        if args.only and name not in args.only:
            continue
        iterations = args.iterations if name.startswith(("floor", "detail")) else max(10, args.iterations // 5)
        results[name] = measure(name, path, iterations, redis_counter)
        result = results[name]
        print(
            f"{name:20} {result['req_s']:>8} req/s {result['cpu_ms']:>8} ms CPU "
            f"{result['queries']:>3} queries {result['redis']:>3} Redis commands"
        )
        if args.sql:
            for sql in result["sql"]:
                print("    ", sql)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

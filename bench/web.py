"""Benchmark: the web app's pages on a store, in CPU seconds per request and bytes.

    .venv/bin/python bench/web.py --db indosum.db                 # the default routes
    .venv/bin/python bench/web.py --db indosum.db / /briefing     # chosen routes
    PYTHONPATH=/path/to/other/src .venv/bin/python bench/web.py --db indosum.db /

Each route is requested through FastAPI's TestClient once ("first": the first request of
a route; the first route of the run also opens the corpus and reads its stored analysis)
and then three times more ("warm": the least of the three, as a user clicking around a
running server sees). Times are the **process CPU time** of the request, so other work on
the machine does not count. Build the store first with ``kilas ingest``.
"""

from __future__ import annotations

import argparse
import json
import time
from urllib.parse import quote

from fastapi.testclient import TestClient

from kilas.web.app import create_app

ROUTES = ("/", "/?page=2", "/stories?page=3", "/entities", "/briefing")


def measure(client: TestClient, route: str, *, rounds: int = 3) -> dict[str, object]:
    """Status, size and CPU seconds (first request, best warm one) of one route."""
    start = time.process_time()
    page = client.get(route)
    first = time.process_time() - start
    warm = []
    for _ in range(rounds):
        start = time.process_time()
        page = client.get(route)
        warm.append(time.process_time() - start)
    return {
        "route": route,
        "status": page.status_code,
        "bytes": len(page.content),
        "first": round(first, 3),
        "warm": round(min(warm), 3),
    }


def default_routes(client: TestClient) -> list[str]:
    """:data:`ROUTES`, the largest story, the entity in most articles, its quotes, an article."""
    stories = client.get("/api/stories").json()
    largest = max(stories, key=lambda s: len(s["articles"]))
    entities = client.get("/api/entities").json()
    frequent = quote(max(entities, key=lambda e: len(e["articles"]))["name"], safe="")
    return [
        *ROUTES,
        f"/stories/{largest['id']}",
        f"/entities/{frequent}",
        f"/quotes?speaker={frequent}",
        f"/articles/{largest['articles'][0]}",
    ]


def main() -> None:
    """Print one JSON line per route."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a kilas store")
    parser.add_argument("routes", nargs="*", help="routes (default: ROUTES and the largest ones)")
    args = parser.parse_args()
    client = TestClient(create_app(args.db))
    for route in args.routes or default_routes(client):
        print(json.dumps(measure(client, route)), flush=True)


if __name__ == "__main__":
    main()

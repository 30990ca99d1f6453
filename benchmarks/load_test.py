"""Load test of the ingest service: N concurrent clients on loopback, bounded.

    python benchmarks/load_test.py [--clients 8] [--requests 25]

Starts ``extractor serve``'s app in this process on 127.0.0.1, sends ``clients × requests``
POST /extract requests (a 3,000-character article, plus a few bad requests mixed in), and
prints: requests, concurrency, errors (responses that were not what the request deserved),
latency p50/p95, and this process's RSS before (after warm-up) and after.
"""
from __future__ import annotations

import argparse
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(ex, clients: int = 8, requests: int = 25) -> dict:
    import httpx

    from extractor.service import create_app, serve_in_thread

    seed = (ROOT / "corpus" / "docs" / "002_c963fb15cedede42.txt").read_text(encoding="utf-8")
    article = (seed * 3)[:3000]
    errors: list[str] = []
    times: list[float] = []
    lock = threading.Lock()

    def client(base: str, cid: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as c:
            for i in range(requests):
                t0 = time.perf_counter()
                if i % 10 == 9:  # a bad request now and then: it must get its 4xx, nothing else
                    r = c.post("/extract", json={"txt": "no text"})
                    ok = r.status_code == 422
                else:
                    r = c.post("/extract", json={"text": article, "id": f"c{cid}-{i}"})
                    ok = r.status_code == 200 and r.json()["document"]["id"] == f"c{cid}-{i}" and \
                        any(s["value"] == 1405 for s in r.json()["statistics"])
                dt = (time.perf_counter() - t0) * 1000
                with lock:
                    times.append(dt)
                    if not ok:
                        errors.append(f"{r.status_code} {r.text[:100]}")

    with serve_in_thread(create_app(ex, max_bytes=100_000)) as base:
        with httpx.Client(base_url=base) as c:  # warm-up
            for _ in range(10):
                c.post("/extract", json={"text": article})
        before = rss_mb()
        t0 = time.perf_counter()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(lambda cid: client(base, cid), range(clients)))
        wall = time.perf_counter() - t0
        after = rss_mb()
    times.sort()
    return {"requests": len(times), "clients": clients, "errors": len(errors), "error_samples": errors[:3],
            "wall_s": wall, "p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * len(times)) - 1],
            "rss_before_mb": before, "rss_after_mb": after}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--requests", type=int, default=25)
    args = ap.parse_args()
    import extractor
    r = run(extractor.load(), args.clients, args.requests)
    print(f"{r['requests']} requests from {r['clients']} concurrent clients in {r['wall_s']:.1f} s: "
          f"{r['errors']} errors; latency p50 {r['p50_ms']:.0f} ms, p95 {r['p95_ms']:.0f} ms (queued behind "
          f"one extraction at a time); RSS {r['rss_before_mb']:.0f} MB before, {r['rss_after_mb']:.0f} MB after")


if __name__ == "__main__":
    main()

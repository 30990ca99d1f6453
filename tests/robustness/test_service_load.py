"""A bounded load test of the service on loopback: concurrent clients, no errors, no growth."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))


def test_concurrent_clients_get_their_own_records_and_memory_stays_flat(ex):
    from load_test import run
    r = run(ex, clients=6, requests=15)
    assert r["requests"] == 90
    assert r["errors"] == 0, r["error_samples"]
    assert r["rss_after_mb"] - r["rss_before_mb"] < 40

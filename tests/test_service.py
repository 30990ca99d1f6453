"""The ingest service, through a real HTTP client against a server on 127.0.0.1."""
from pathlib import Path

import httpx
import pytest

from extractor.service import create_app, serve_in_thread

HERE = Path(__file__).parent
STORY = ("Ministry of Justice figures show 1,405 registered sex offenders were being managed under MAPPA "
         "in the West Mercia Police area as of March this year.")


@pytest.fixture(scope="module")
def server(ex):
    with serve_in_thread(create_app(ex, max_bytes=200_000)) as url:
        yield url


def test_health_and_openapi(server):
    assert httpx.get(f"{server}/health").json()["status"] == "ok"
    spec = httpx.get(f"{server}/openapi.json").json()
    assert "/extract" in spec["paths"] and "/health" in spec["paths"]


def test_docs_work_offline(server):
    """/docs loads its Swagger UI from the service itself, never from a CDN."""
    import re
    page = httpx.get(f"{server}/docs").text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert httpx.get(f"{server}{asset}").status_code == 200


def test_extract_json(server):
    r = httpx.post(f"{server}/extract", json={"text": STORY, "id": "wm", "published": "2020-11-10"})
    assert r.status_code == 200
    rec = r.json()
    assert rec["document"]["id"] == "wm"
    (stat,) = rec["statistics"]
    assert stat["value"] == 1405 and STORY[stat["span"]["start"]:stat["span"]["end"]] == "1,405"
    assert next(p for p in rec["periods"] if p["id"] == stat["period"])["value"] == "2020-03"


def test_upload_pdf_and_html(server):
    pdf = (HERE / "data" / "pdfs" / "aes-128.pdf").read_bytes()
    r = httpx.post(f"{server}/extract", files={"file": ("x.pdf", pdf, "application/pdf")},
                   data={"password": "foo", "id": "enc"})
    assert r.status_code == 200 and r.json()["document"]["format"] == "pdf"
    html = f"<html><body><article><p>{STORY}</p></article></body></html>".encode()
    r = httpx.post(f"{server}/extract", files={"file": ("story.html", html, "text/html")})
    assert r.status_code == 200 and r.json()["statistics"][0]["value"] == 1405


@pytest.mark.parametrize("kwargs,status", [
    ({"content": b"not json", "headers": {"content-type": "application/json"}}, 422),
    ({"json": {"txt": "no text field"}}, 422),
    ({"json": {"text": STORY, "published": "10/11/2020"}}, 422),
    ({"content": b"plain body", "headers": {"content-type": "text/plain"}}, 415),
    ({"json": {"text": "x" * 300_000}}, 413),
    ({"files": {"file": ("a.bin", b"\x00\x01\x02\x03" * 10, "application/octet-stream")}}, 415),
    ({"files": {"file": ("encrypted.pdf", (HERE / "data" / "pdfs" / "rc4-40.pdf").read_bytes(), "application/pdf")}}, 422),
    ({"json": {"text": "   "}}, 422),
])
def test_bad_requests_get_clear_4xx(server, kwargs, status):
    r = httpx.post(f"{server}/extract", **kwargs)
    assert r.status_code == status
    assert r.text


def test_upload_file_name_never_touches_the_filesystem(server, tmp_path):
    r = httpx.post(f"{server}/extract", files={"file": ("../../etc/passwd", STORY.encode(), "text/plain")})
    assert r.status_code == 200
    assert r.json()["document"]["source"] == "upload:../../etc/passwd"  # a label, never opened


@pytest.mark.parametrize("kwargs", [
    {"content": b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "headers": {"content-type": "application/json"}},
    {"content": b'{"text": "' + b"[" * 5 + b'", "id": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
     "headers": {"content-type": "application/json"}},
    {"json": {"text": STORY, "id": {"a": 1}}},
    {"json": {"text": STORY, "id": ["x"]}},
    {"json": {"text": STORY, "published": 20201110}},
    {"json": {"text": STORY, "published": "yesterday"}},
    {"content": b'{"text": "Kent had 5 offenders. \\ud800"}', "headers": {"content-type": "application/json"}},
    {"content": b'{"text": "Kent had 5 offenders.", "id": "\\ud800"}', "headers": {"content-type": "application/json"}},
])
def test_hostile_json_gets_a_4xx_never_a_500(server, kwargs):
    r = httpx.post(f"{server}/extract", **kwargs)
    assert 400 <= r.status_code < 500, (r.status_code, r.text[:200])
    r.json()  # a JSON answer either way


def test_a_numeric_id_is_taken_as_its_text(server):
    r = httpx.post(f"{server}/extract", json={"text": STORY, "id": 7})
    assert r.status_code == 200 and r.json()["document"]["id"] == "7"


def test_report_checks_the_content_type_and_sends_a_csp(server):
    r = httpx.post(f"{server}/report", content=b'{"text": "x"}', headers={"content-type": "text/plain"})
    assert r.status_code == 415
    r = httpx.post(f"{server}/report", data={"text": STORY})
    assert r.status_code == 200 and "default-src 'none'" in r.headers["content-security-policy"]
    assert "default-src 'none'" in httpx.get(f"{server}/report").headers["content-security-policy"]


class _SlowExtractor:
    """Stands in for the pipeline: each extraction takes a second."""

    def __init__(self):
        from types import SimpleNamespace
        self.nlp = SimpleNamespace(meta={"name": "slow"})
        self.running = 0
        self.most = 0

    def extract_item(self, item):
        import time
        self.running += 1
        self.most = max(self.most, self.running)
        time.sleep(1.0)
        self.running -= 1
        return {"document": {"id": item.get("id")}, "errors": []}


def test_health_answers_during_a_slow_extraction():
    import threading
    import time

    slow = _SlowExtractor()
    with serve_in_thread(create_app(slow)) as url:
        posts = [threading.Thread(target=httpx.post, args=(f"{url}/extract",), kwargs={
            "json": {"text": "x", "id": str(i)}, "timeout": 30}) for i in range(3)]
        for t in posts:
            t.start()
        time.sleep(0.3)  # the extractions are under way
        with httpx.Client() as client:
            client.get(f"{url}/health")  # connect first: time the answer only
            t0 = time.perf_counter()
            r = client.get(f"{url}/health")
            took = time.perf_counter() - t0
        assert r.status_code == 200 and took < 0.1, took
        assert slow.running >= 1
        for t in posts:
            t.join(30)
    assert slow.most == 1  # extraction stays one at a time


def test_a_text_that_is_not_a_string_gets_a_not_text_record(server):
    for text in (5, ["a"], {"a": "b"}):
        r = httpx.post(f"{server}/extract", json={"text": text, "id": "n"})
        assert r.status_code == 422 and r.json()["errors"][0]["code"] == "not_text"


def test_health_names_the_installed_pipeline(server):
    assert httpx.get(f"{server}/health").json()["model"].startswith("en_core_web_sm")

"""The review page: spans highlighted, statistics table, checks linked to spans; and in a real
headless browser (Debian's chromium through Playwright), when one is installed."""
import os
import shutil
from pathlib import Path

import pytest

from extractor.report import render

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TEXT = ("There were 982 registered sex offenders in Kent, which equates to 49 per 100,000 people. "
        "Kent has a population of 2,159,900.\n\n"
        "Abigail Gill, policy manager at the NSPCC, said: \u201cIt is vital the system works <well>.\u201d")


def test_page_marks_every_kind_and_links_checks(ex):
    rec = ex.extract(TEXT, doc_id="kent")
    page = render([(TEXT, rec)])
    for kind in ("stat", "area", "quote", "speaker", "period") if rec["periods"] else ("stat", "area", "quote", "speaker"):
        assert f'data-kind="{kind}"' in page
    assert "&lt;well&gt;" in page and "<well>" not in page  # the article is escaped
    (check,) = [c for c in rec["checks"] if c["kind"] == "rate_count_population"]
    assert check["status"] == "fail"
    assert 'class="status-fail"' in page and f'href="#d0-{check["statistics"][0]}"' in page
    assert f'id="d0-{check["statistics"][0]}" class="failed"' in page


@pytest.mark.skipif(CHROMIUM is None and not os.environ.get("EXTRACTOR_REQUIRE_BROWSER"),
                    reason="needs Debian's chromium (.ci/run installs it)")
def test_report_in_a_headless_browser(ex, tmp_path):
    assert CHROMIUM, "EXTRACTOR_REQUIRE_BROWSER is set but chromium is not installed"
    from playwright.sync_api import sync_playwright

    from extractor.service import create_app, serve_in_thread

    shot = ROOT / "tests" / "artifacts" / "report.png"
    shot.parent.mkdir(exist_ok=True)
    with serve_in_thread(create_app(ex)) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.goto(f"{url}/report")
        page.fill("textarea[name=text]", TEXT)
        page.click("button[type=submit]")
        page.wait_for_selector("section.doc")
        stat = page.locator('mark[data-kind="stat"]', has_text="982")
        assert stat.first.is_visible()
        assert page.locator('mark[data-kind="area"]', has_text="Kent").first.is_visible()
        assert page.locator('mark[data-kind="quote"]').first.is_visible()
        failed = page.locator("li.check-fail")
        assert failed.count() == 1 and failed.first.is_visible()
        assert "FAIL" in failed.first.inner_text()
        # the check links to its statistic, which is outlined as failed
        failed.locator("a").first.click()
        assert page.locator("mark.failed:target").count() == 1
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert shot.stat().st_size > 10_000


def test_cli_report_flags_the_seed_inconsistencies(tmp_path):
    import subprocess
    import sys
    out = tmp_path / "review.html"
    seed = next((ROOT / "corpus" / "docs").glob("001_*.txt"))
    r = subprocess.run([sys.executable, "-m", "extractor.cli", "report", str(seed), "--out", str(out)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('class="check check-fail"') == 2  # 236 vs 221 at Level 2; 12 vs 13 full SOPOs
    assert "stated as 236" in page and "stated as 12" in page
    assert "2 failed" in r.stderr

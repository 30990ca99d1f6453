"""HTML articles and text encodings."""
import pytest

from extractor.readers import ReadError, read_document
from extractor.readers.html import html_to_text
from extractor.readers.text import decode

PAGE = """<!DOCTYPE html>
<html><head><title>Sex offenders | Local News</title>
<meta property="article:published_time" content="2020-11-10T06:00:00+00:00">
<script>var tracking = "1,000,000 visitors";</script><style>p { color: red }</style></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="cookie-banner">We use 3 cookies.</div>
<article>
<h1>Offenders in West Mercia</h1>
<p>Ministry of Justice figures show 1,405 registered sex offenders were being managed under
   MAPPA in the West Mercia Police area as of March this year.</p>
<p>That is a rate of 122 offenders for every 100,000 people &ndash; above the average.</p>
<table><tr><th>Area</th><th>Offenders</th></tr><tr><td>Shropshire</td><td>310</td></tr></table>
<aside>Read more: 5 things to do this weekend</aside>
</article>
<footer>&copy; 2020 Local News Ltd. 12 Main Street.</footer>
</body></html>"""


def test_article_text_without_boilerplate():
    text, published = html_to_text(PAGE)
    assert published == "2020-11-10"
    assert text.split("\n\n") == [
        "Offenders in West Mercia",
        "Ministry of Justice figures show 1,405 registered sex offenders were being managed under "
        "MAPPA in the West Mercia Police area as of March this year.",
        "That is a rate of 122 offenders for every 100,000 people – above the average.",
        "Area\tOffenders\nShropshire\t310",
    ]


def test_time_element_dates_a_page_without_meta():
    text, published = html_to_text('<html><body><p>Posted <time datetime="2019-06-03">3 June</time>.</p>'
                                   '<p>Crime rose by 4% in Kent.</p></body></html>')
    assert published == "2019-06-03" and "Crime rose by 4% in Kent." in text


def test_html_file_end_to_end(ex, tmp_path):
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    rec = ex.extract_file(path)
    text_values = {s["value"] for s in rec["statistics"]}
    assert rec["document"]["format"] == "html" and rec["document"]["published"] == "2020-11-10"
    assert {1405, 122, 310} <= text_values and 1000000 not in text_values and 3 not in text_values
    west_mercia = next(a for a in rec["areas"] if a["name"] == "West Mercia")
    assert west_mercia["code"] == "E23000016"
    period = next(p for p in rec["periods"] if p["span"]["text"] == "March this year")
    assert period["value"] == "2020-03"


def test_html_declared_charset(tmp_path):
    page = '<html><head><meta charset="iso-8859-2"></head><body><p>Łódź had 12 cases.</p></body></html>'
    path = tmp_path / "pl.html"
    path.write_bytes(page.encode("iso-8859-2"))
    assert "Łódź had 12 cases." in read_document(path).text


@pytest.mark.parametrize("data,expected", [
    ("plain ascii 1,405".encode("ascii"), "plain ascii 1,405"),
    ("\ufeffcafé 12".encode("utf-8"), "café 12"),
    ("“Quoted” – 46 per 100,000".encode("utf-8"), "“Quoted” – 46 per 100,000"),
    ("“Quoted” – 46 per 100,000 people’s".encode("cp1252"), "“Quoted” – 46 per 100,000 people’s"),
    ("naïve 1½ résumé".encode("latin-1"), "naïve 1½ résumé"),
    ("\ufeff12 offenders".encode("utf-16-le"), "12 offenders"),
    ("\ufeff12 offenders".encode("utf-16-be"), "12 offenders"),
    ("twelve offenders in Kent".encode("utf-16-le"), "twelve offenders in Kent"),
])
def test_decode(data, expected):
    assert decode(data) == expected


@pytest.mark.parametrize("data,code", [
    (b"\x00\x01\x02\x03binary\x00", "not_text"),
    (bytes(range(128, 256)) * 4, "decode_error"),
])
def test_decode_errors(data, code):
    with pytest.raises(ReadError) as err:
        decode(data)
    assert err.value.code == code

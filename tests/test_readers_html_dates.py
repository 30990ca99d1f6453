"""A page's publication date in its metadata, written as ISO 8601 or as a day in words (a newcomer's page
with <meta name="date" content="18 July 2019"> got no date)."""
import pytest

from extractor.readers.html import html_to_text


@pytest.mark.parametrize("content,published", [
    ("2020-11-10T06:00:00Z", "2020-11-10"),
    ("18 July 2019", "2019-07-18"),
    ("July 18, 2019", "2019-07-18"),
    ("Thursday 18th July 2019", "2019-07-18"),
    # near-misses: no day, no year, no date at all
    ("July 2019", None),
    ("18 July", None),
    ("yesterday", None),
])
def test_meta_date_in_any_common_spelling(content, published):
    page = f'<html><head><meta name="date" content="{content}"><title>t</title></head><body><p>Crime rose.</p></body></html>'
    assert html_to_text(page)[1] == published

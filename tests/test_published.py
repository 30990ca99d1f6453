"""Publication dates: metadata line, datelines in the text (FORMAT.md), the argument; datelines
are neither periods nor statistics."""
import pytest

from extractor.published import find_datelines, find_published

STORY = "Council tax will rise by 4.99 per cent in April, the council said."


@pytest.mark.parametrize("head, date", [
    ("Thursday, 3 March, 2022", "2022-03-03"),
    ("3 March 2022", "2022-03-03"),
    ("Published: 14 June 2021", "2021-06-14"),
    ("Published 14 June 2021", "2021-06-14"),
    ("Posted on June 14, 2021", "2021-06-14"),
    ("June 14, 2021 9.12 am", "2021-06-14"),
    ("June 14,2021", "2021-06-14"),
    ("Wednesday 2nd of February 2011 08:15:09 PM", "2011-02-02"),
    ("Sunday, 21st November 2021, 4:30 pm", "2021-11-21"),
    ("Tue 9 Nov 2021 10.00 GMT", "2021-11-09"),
])
def test_a_dateline_on_its_own_line_gives_the_publication_date(head, date):
    for text in (f"{head}\n\n{STORY}", f"Headline for the story\n\n{head}\n\n{STORY}", f"{STORY}\n\n{head}\n"):
        found, source, datelines = find_published(text)
        assert (found, source) == (date, "dateline")
        assert [text[d.start:d.end] for d in datelines] == [head]


def test_published_today_in_brackets():
    text = "Figures published today (14th March 2011) show 1,200 households were homeless."
    assert find_published(text)[:2] == ("2011-03-14", "dateline")


def test_updated_lines_are_datelines_but_not_the_publication_date():
    text = f"Updated Monday, 11th September 2017, 12:07 pm\n\n{STORY}"
    found, source, datelines = find_published(text)
    assert (found, source) == (None, None) and datelines[0].role == "updated"
    text = f"Saturday, 9th September 2017, 1:07 pm\nUpdated Monday, 11th September 2017, 12:07 pm\n\n{STORY}"
    assert find_published(text)[0] == "2017-09-09"


@pytest.mark.parametrize("text", [
    "The figures for 31 March 2019 show a rise.",          # a date inside a sentence
    "As of 31 March 2019\nthere were 1,405 offenders.",     # a line that is a sentence fragment
    "03/29/2024\n\nStory text.",                            # numeric dates are ambiguous: not a dateline
    "Between 3 March 2022 and 4 April 2022 arrests rose.",
    "Published in 2019, the report found 46 cases.",
])
def test_near_misses_are_not_datelines(text):
    assert find_datelines(text) == [] and find_published(text)[0] is None


def test_a_dateline_deep_inside_a_long_text_is_not_looked_for():
    body = "\n\n".join(f"Paragraph {i} says 12 things happened." for i in range(200))
    assert find_datelines(body[:len(body) // 2] + "\n\n3 March 2022\n\n" + body[len(body) // 2:]) == []


def test_records_say_where_published_came_from(ex):
    text = f"Tuesday, 27 October, 2009\n\n{STORY}"
    rec = ex.extract(text)
    assert rec["document"]["published"] == "2009-10-27" and rec["document"]["published_from"] == "dateline"
    assert rec["periods"] and all("2009" not in p["span"]["text"] for p in rec["periods"])  # "in April" only
    assert [s["span"]["text"] for s in rec["statistics"]] == ["4.99 per cent"]  # nothing from the time or date
    rec = ex.extract(f" date 2020-11-10 {STORY}")
    assert (rec["document"]["published"], rec["document"]["published_from"]) == ("2020-11-10", "metadata")
    rec = ex.extract(text, published="2010-01-01")
    assert (rec["document"]["published"], rec["document"]["published_from"]) == ("2010-01-01", "argument")
    rec = ex.extract(STORY)
    assert (rec["document"]["published"], rec["document"]["published_from"]) == (None, None)


def test_html_metadata_is_metadata(ex, tmp_path):
    page = tmp_path / "story.html"
    page.write_text('<html><head><meta property="article:published_time" content="2021-06-14T06:00:00Z">'
                    f'</head><body><article><p>{STORY}</p></article></body></html>', encoding="utf-8")
    rec = ex.extract_file(page)
    assert (rec["document"]["published"], rec["document"]["published_from"]) == ("2021-06-14", "metadata")


@pytest.mark.parametrize("text, date", [
    # a wire-style opener: the place in capitals, the date, a dash or colon, then the story
    ("Fly-tipping soars\n\nNORWICH, Monday 14 October 2024 – Reports of fly-tipping rose.", "2024-10-14"),
    ("LONDON, 3 March 2023: Crime fell across the capital.", "2023-03-03"),
    # near-misses: a body's name or a sentence before the date is no opener
    ("Kent Police, 14 October 2024 – said it would act.", None),
    ("Headline\n\nThe figures for 14 October 2024 – show a rise.", None),
])
def test_wire_style_opener_is_a_dateline(text, date):
    from extractor.published import find_published
    assert find_published(text)[0] == date

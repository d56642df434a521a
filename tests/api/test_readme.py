"""The README's API examples stay true: each request, sent to a test site, answers with the same keys."""

import json
import re
from pathlib import Path

from guides.models import GuidePage

README = Path(__file__).resolve().parents[2] / "README.md"
EXAMPLE = re.compile(r"^`GET (?P<url>/api/\S+)`\n\n```json\n(?P<body>.*?)\n```", re.M | re.S)


def examples():
    section = README.read_text().split("## API", 1)[1].split("\n## ", 1)[0]
    return [(match["url"], json.loads(match["body"])) for match in EXAMPLE.finditer(section)]


def shape_differences(shown, actual, where="$"):
    """Where the keys differ between the README's response and the real one (lists: first items)."""
    if isinstance(shown, dict) and isinstance(actual, dict):
        if set(shown) != set(actual):
            return [f"{where}: README has {sorted(shown)}, the API {sorted(actual)}"]
        return [problem for key in shown for problem in shape_differences(shown[key], actual[key], f"{where}.{key}")]
    if isinstance(shown, list) and isinstance(actual, list):
        return shape_differences(shown[0], actual[0], f"{where}[0]") if shown and actual else []
    if shown is None or actual is None:
        return []  # e.g. a logo the demo has and the test site has not
    if type(shown) is not type(actual) and not {type(shown), type(actual)} <= {int, float}:
        return [f"{where}: README shows {type(shown).__name__}, the API {type(actual).__name__}"]
    return []


def test_the_readme_shows_an_example_for_every_endpoint():
    shown = {re.match(r"/api/v2/([a-z]+)", url)[1] for url, _body in examples()}
    for endpoint in ("pages", "guides", "agenda", "images", "documents", "themes", "sectors", "venues"):
        assert endpoint in shown
    assert {"sponsors", "partners", "search"} <= shown


def test_each_example_matches_the_live_response(client, content):
    dutch_guide = GuidePage.objects.live().filter(locale__language_code="nl").first()
    checked = 0
    for url, body in examples():
        response = client.get(url.replace("{id}", str(dutch_guide.pk)))
        assert response.status_code == 200, (url, response.content[:300])
        actual = response.json()
        if isinstance(actual.get("items"), list):
            assert actual["items"], f"{url}: the test site should have something to list"
        assert shape_differences(body, actual) == [], url
        checked += 1
    assert checked >= 12

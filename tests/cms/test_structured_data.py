import json

from core.templatetags.structured_data import json_ld


def test_json_ld_cannot_close_its_script_element():
    html = json_ld({"@type": "Article", "headline": "Facture </script><script>alert(1)</script> & co"})
    assert html.startswith('<script type="application/ld+json">') and html.count("</script>") == 1
    body = html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(body)["headline"] == "Facture </script><script>alert(1)</script> & co"


def test_nothing_is_written_without_data():
    assert json_ld(None) == ""

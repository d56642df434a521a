"""What a strict Content-Security-Policy (no 'unsafe-inline') would block in a page's HTML."""

from html.parser import HTMLParser

# Script types a browser runs (a JSON data block such as Django's json_script is not run).
SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}


class _InlineCodeFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and "src" not in attrs and (attrs.get("type") or "").lower() in SCRIPT_TYPES:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style> element")
        for name, value in attrs.items():
            if name == "style":
                self.found.append(f'<{tag} style="{value}">')
            elif name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            elif name in ("href", "src", "action", "formaction") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}=javascript:…>")

    handle_startendtag = handle_starttag


def inline_code(html):
    """Every inline script, ``<style>``, ``style=`` attribute, ``on*=`` handler and ``javascript:`` URL in ``html``."""
    finder = _InlineCodeFinder()
    finder.feed(html)
    return finder.found

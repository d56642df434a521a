"""Markdown to the blocks of a guide's body (the importer's format).

- headings (any level) become ``heading`` blocks;
- paragraphs and bullet lists become ``paragraph`` rich text (consecutive ones
  are kept together in one block), with links, bold and italics;
- numbered lists become a ``steps`` block (an item starting with bold text
  followed by a colon or a full stop gets that text as its step title);
- a bullet list whose items all start with ``[ ]`` or ``[x]`` becomes a ``checklist``;
- a quote starting with ``[!TIP]``, ``[!WARNING]`` or ``[!NOTE]`` becomes a
  callout, any other quote a ``quote`` block (a last line starting with an
  em dash names its author).

Raw HTML and images are not interpreted. The result is the raw StreamField
data (``[{"type", "value", "id"}]``), with new block ids.
"""

import html
import re
import uuid

from markdown_it import MarkdownIt

CHECK_ITEM = re.compile(r"^\[[ xX]\]\s+")
STEP_TITLE = re.compile(r"^<b>(?P<title>.+?)</b>\s*[:.—–]\s*(?P<text>.+)$", re.S)
ALERT = re.compile(r"^\[!(\w+)\][ \t]*(?P<title>[^\n]*)\n?(?P<rest>.*)$", re.S)
ALERT_KINDS = {"tip": "tip", "warning": "warning", "caution": "warning", "note": "info", "important": "info"}
AUTHOR = re.compile(r"^\s*(?:—|--|–)\s*(?P<author>.+)$")

_md = MarkdownIt("commonmark", {"html": False}).disable(["image", "html_inline", "html_block"])


def new_id():
    return str(uuid.uuid4())


def block(kind, value):
    return {"type": kind, "value": value, "id": new_id()}


def list_items(values):
    return [{"type": "item", "value": value, "id": new_id()} for value in values]


def _rich(html_text):
    """Markdown-it's inline HTML in Wagtail's rich text storage format."""
    html_text = re.sub(r"<(/?)strong>", r"<\1b>", html_text)
    html_text = re.sub(r"<(/?)em>", r"<\1i>", html_text)
    html_text = re.sub(r"</?code>", "", html_text)
    return html_text.replace("<br>", "<br/>").replace("<br />", "<br/>").strip()


def _plain(html_text):
    return html.unescape(re.sub(r"<[^>]+>", "", html_text)).strip()


class _Converter:
    def __init__(self, text):
        self.tokens = _md.parse(text or "")
        self.blocks = []
        self.rich = []

    def inline(self, token):
        return _rich(_md.renderer.renderInline(token.children or [], _md.options, {}))

    def flush(self):
        if self.rich:
            self.blocks.append(block("paragraph", "".join(self.rich)))
            self.rich = []

    def close_index(self, start):
        """Index of the token closing the one at ``start``."""
        depth = 0
        for index in range(start, len(self.tokens)):
            depth += self.tokens[index].nesting
            if depth == 0:
                return index
        return len(self.tokens) - 1

    def items(self, start, end):
        """The inline HTML of each item of the list between ``start`` and ``end`` (nested lists flattened)."""
        items, parts, depth = [], None, 0
        for token in self.tokens[start + 1 : end]:
            if token.type == "list_item_open":
                depth += 1
                if depth == 1:
                    parts = []
            elif token.type == "list_item_close":
                depth -= 1
                if depth == 0:
                    items.append(" ".join(parts))
            elif token.type == "inline":
                parts.append(self.inline(token))
        return items

    def convert(self):
        index = 0
        while index < len(self.tokens):
            token = self.tokens[index]
            end = self.close_index(index) if token.nesting == 1 else index
            if token.type == "heading_open":
                self.flush()
                self.blocks.append(block("heading", _plain(self.inline(self.tokens[index + 1]))))
            elif token.type == "paragraph_open":
                self.rich.append(f"<p>{self.inline(self.tokens[index + 1])}</p>")
            elif token.type == "bullet_list_open":
                self.bullet_list(self.items(index, end))
            elif token.type == "ordered_list_open":
                self.flush()
                self.blocks.append(
                    block("steps", {"title": "", "steps": list_items(map(self.step, self.items(index, end)))})
                )
            elif token.type == "blockquote_open":
                self.flush()
                self.quote(index, end)
            elif token.type in ("fence", "code_block"):
                self.rich.append(f"<p>{html.escape(token.content.strip())}</p>")
            index = end + 1
        self.flush()
        return self.blocks

    def bullet_list(self, items):
        plain = [_plain(item) for item in items]
        if items and all(CHECK_ITEM.match(text) for text in plain):
            self.flush()
            self.blocks.append(
                block("checklist", {"title": "", "items": list_items(CHECK_ITEM.sub("", text) for text in plain)})
            )
        else:
            self.rich.append("<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>")

    @staticmethod
    def step(item):
        match = STEP_TITLE.match(item)
        if match:
            return {"title": _plain(match["title"]), "text": f"<p>{match['text'].strip()}</p>"}
        return {"title": "", "text": f"<p>{item}</p>"}

    def quote(self, start, end):
        paragraphs = [self.inline(token) for token in self.tokens[start + 1 : end] if token.type == "inline"]
        if not paragraphs:
            return
        alert = ALERT.match(paragraphs[0])
        if alert and alert[1].lower() in ALERT_KINDS:
            title, rest = alert["title"].strip(), alert["rest"].strip()
            text = [p for p in [rest, *paragraphs[1:]] if p]
            if not text:
                title, text = "", [title]
            value = {"kind": ALERT_KINDS[alert[1].lower()], "title": _plain(title), "text": ""}
            value["text"] = "".join(f"<p>{p}</p>" for p in text)
            self.blocks.append(block("callout", value))
            return
        author = ""
        last = AUTHOR.match(_plain(paragraphs[-1]))
        if last and len(paragraphs) > 1:
            author = last["author"].strip()
            paragraphs = paragraphs[:-1]
        self.blocks.append(block("quote", {"quote": "\n\n".join(_plain(p) for p in paragraphs), "author": author}))


def markdown_to_blocks(text):
    """The raw StreamField data of a guide body written in Markdown."""
    return _Converter(text).convert()

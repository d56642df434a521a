from guides.markdown import markdown_to_blocks

MARKDOWN = """# Se faire référencer

Votre site doit être **rapide** et *lisible* : testez-le sur [PageSpeed](https://pagespeed.web.dev).

- un titre par page
- une description claire

## Étapes

1. **Créez la fiche** : inscrivez votre commerce.
2. Ajoutez des photos.

- [ ] horaires à jour
- [x] numéro de téléphone

> [!WARNING] Attention
> Ne payez jamais pour un « référencement garanti ».

> Mes clients me trouvent enfin.
>
> — Julie, fleuriste à Namur

<script>alert(1)</script>
"""


def test_markdown_becomes_the_matching_body_blocks():
    blocks = markdown_to_blocks(MARKDOWN)
    assert [block["type"] for block in blocks] == [
        "heading", "paragraph", "heading", "steps", "checklist", "callout", "quote", "paragraph",
    ]  # fmt: skip
    assert blocks[0]["value"] == "Se faire référencer"
    assert blocks[1]["value"] == (
        "<p>Votre site doit être <b>rapide</b> et <i>lisible</i> : testez-le sur "
        '<a href="https://pagespeed.web.dev">PageSpeed</a>.</p>'
        "<ul><li>un titre par page</li><li>une description claire</li></ul>"
    )
    steps = [item["value"] for item in blocks[3]["value"]["steps"]]
    assert steps == [
        {"title": "Créez la fiche", "text": "<p>inscrivez votre commerce.</p>"},
        {"title": "", "text": "<p>Ajoutez des photos.</p>"},
    ]
    assert [item["value"] for item in blocks[4]["value"]["items"]] == ["horaires à jour", "numéro de téléphone"]
    assert blocks[5]["value"] == {
        "kind": "warning",
        "title": "Attention",
        "text": "<p>Ne payez jamais pour un « référencement garanti ».</p>",
    }
    assert blocks[6]["value"] == {"quote": "Mes clients me trouvent enfin.", "author": "Julie, fleuriste à Namur"}
    # Raw HTML is text, never markup.
    assert blocks[7]["value"] == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"
    assert len({block["id"] for block in blocks}) == len(blocks)

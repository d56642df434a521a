"""Write guides.jsonl (the importer's format) from the guide sources guides_[a-d].py.

python bench/search/build_guides.py
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load():
    guides = []
    for name in ("guides_a", "guides_b", "guides_c", "guides_d"):
        namespace = {}
        exec((HERE / f"{name}.py").read_text(), namespace)
        guides += namespace["GUIDES"]
    return guides


def main():
    guides = load()
    slugs = [guide["slug"] for guide in guides]
    assert len(slugs) == len(set(slugs)) == 48, (len(slugs), len(set(slugs)))
    with (HERE / "guides.jsonl").open("w") as out:
        for guide in guides:
            record = {
                "slug": guide["slug"],
                "themes": guide["themes"],
                "sectors": guide["sectors"],
                "translations": {
                    language: {"title": guide[language][0], "summary": guide[language][1], "body": guide[language][2]}
                    for language in ("fr", "nl", "de")
                },
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(guides)} guides written to {HERE / 'guides.jsonl'}")


if __name__ == "__main__":
    main()

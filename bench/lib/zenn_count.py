#!/usr/bin/env python3
"""Counts Zenn constructs in a folder of drafts and in the pages `pipeline render DIR --out OUT` wrote for them.

usage: zenn_count.py SOURCE_DIR OUT_DIR

The source side reads each draft the way its author meant it (independently of our parser, so a parser bug shows
as a difference): formulas are `$…$` pairs, `$$…$$` blocks and ```math fences, with `$` inside code fences and
inline code ignored and a `$$` block counted once; code fences with their language and Zenn `lang:file` name;
`:::message`, `:::message alert`, `:::details`; `@[kind](…)` embeds and bare URL lines; images; footnotes;
```mermaid. The output side reads each page's `<div class="article-body">`. "Rendered as intended" means the
element the construct should become is there with no error marker; every miss is listed with file and line.
Prints a Markdown table, then the misses. Exit status 0 (misses are data, not failures of this script).
"""
import html
import os
import re
import sys
from html.parser import HTMLParser

PLAIN_LANGUAGES = {"txt", "text", "plain", "plaintext"}
FENCE = re.compile(r"^(\s*)(?:(?:[-*+]|\d+\.)\s+)?(`{3,}|~{3,})\s*(.*?)\s*$")  # also a fence opening a list item
CONTAINER_OPEN = re.compile(r"^\s*(:{3,})\s*(message|details)\b\s*(.*?)\s*$")
CONTAINER_CLOSE = re.compile(r"^\s*:{3,}\s*$")
EMBED = re.compile(r"@\[([A-Za-z]+)\]\(([^)]*)\)")
BARE_URL = re.compile(r"^https?://\S+$")
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)(?:\s+=\d*x\d*)?(?:\s+\"[^\"]*\")?\)")
FOOTNOTE_REF = re.compile(r"\[\^[^\]\s]+\](?!:)")
INLINE_FOOTNOTE = re.compile(r"\^\[[^\]]+\]")
CODE_SPAN = re.compile(r"(`+)(.+?)\1")
DISPLAY_INLINE = re.compile(r"(?<!\\)\$\$(.+?)(?<!\\)\$\$")
INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)((?:\\.|[^$\\])+?)(?<!\\)\$")


class Draft:
    """What one draft's author wrote, construct by construct, each with its line in the file."""

    def __init__(self, name):
        self.name = name
        self.formulas = []  # (line, kind, tex): kind inline | display | fence
        self.unpaired = []  # lines with a `$` left over after pairing
        self.code = []  # (line, language or None, file name or None)
        self.mermaid = []
        self.containers = []  # (line, kind): message | alert | details
        self.embeds = []  # (line, kind, target)
        self.images = []  # (line, remote): remote = an http(s) URL, else a file in the repository
        self.footnotes = []


def read_draft(path):
    draft = Draft(os.path.basename(path))
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        for i in range(1, len(lines)):
            if lines[i].strip() == "---":
                start = i + 1
                break
    fence = None  # (char, length, line, info)
    math_block = None  # (line, [tex lines])
    for index in range(start, len(lines)):
        number, line = index + 1, lines[index]
        if fence:
            match = FENCE.match(line)
            if match and match.group(2)[0] == fence[0] and len(match.group(2)) >= fence[1] and not match.group(3):
                close_fence(draft, fence)
                fence = None
            continue
        if math_block:
            if "$$" in line:
                tail = line[: line.index("$$")]
                draft.formulas.append((math_block[0], "display", "\n".join(math_block[1] + [tail]).strip()))
                math_block = None
            else:
                math_block[1].append(line)
            continue
        match = FENCE.match(line)
        if match and not (match.group(2)[0] == "`" and "`" in match.group(3)):
            fence = (match.group(2)[0], len(match.group(2)), number, match.group(3))
            continue
        stripped = line.strip()
        if stripped.startswith("$$"):
            rest = stripped[2:]
            if "$$" in rest:
                draft.formulas.append((number, "display", rest[: rest.index("$$")].strip()))
            else:
                math_block = (number, [rest])
            continue
        container = CONTAINER_OPEN.match(line)
        if container:
            kind = container.group(2)
            if kind == "message" and container.group(3) == "alert":
                kind = "alert"
            draft.containers.append((number, kind))
            continue
        if CONTAINER_CLOSE.match(line):
            continue
        read_prose(draft, number, line)
    if fence:
        close_fence(draft, fence)
    return draft


def close_fence(draft, fence):
    _, _, number, info = fence
    head, _, file_name = info.partition(":")
    language = head.split()[0].lower() if head.split() else None
    if language == "math":
        draft.formulas.append((number, "fence", None))
    elif language == "mermaid":
        draft.mermaid.append(number)
    else:
        draft.code.append((number, language, file_name.strip() or None))


def read_prose(draft, number, line):
    text = CODE_SPAN.sub(" ", line)
    for match in EMBED.finditer(text):
        draft.embeds.append((number, match.group(1), match.group(2)))
    if BARE_URL.match(text.strip()) and not re.match(r"^\s*([-*+>|]|\d+\.)", line):
        draft.embeds.append((number, "bare-url", text.strip()))
    draft.images += [(number, url.startswith(("http://", "https://"))) for url in IMAGE.findall(text)]
    draft.footnotes += [number] * (len(FOOTNOTE_REF.findall(text)) + len(INLINE_FOOTNOTE.findall(text)))
    text = re.sub(r"\]\([^)]*\)", "]()", text)  # a `$` in a link target is not math (Zenn's dollar tests)
    for match in DISPLAY_INLINE.finditer(text):
        draft.formulas.append((number, "display", match.group(1)))
    text = DISPLAY_INLINE.sub(" ", text)
    for match in INLINE_MATH.finditer(text):
        draft.formulas.append((number, "inline", match.group(1)))
    if "$" in INLINE_MATH.sub(" ", text).replace("\\$", ""):
        draft.unpaired.append(number)


class Page(HTMLParser):
    """The constructs in a page's article body, in document order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # depth inside <div class="article-body">, 0 outside
        self.math = []  # "ok" | ("error", tex)
        self.code = []  # dicts: language, highlighted, file_name
        self.mermaid = 0
        self.containers = []  # message | alert | details
        self.embeds = []  # youtube | card | error
        self.images = 0
        self.footnotes = 0
        self.stray_dollars = []  # prose text that still holds a `$`
        self._math_depth = 0
        self._error = None
        self._pre = None
        self._caption = None
        self._pending_caption = None
        self._skip_text = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if self.depth == 0:
            if tag == "div" and "article-body" in classes:
                self.depth = 1
            return
        if tag not in ("br", "img", "hr", "input", "source", "wbr", "col"):
            self.depth += 1
        if self._math_depth:
            self._math_depth += 1 if tag != "mspace" else 0
            return
        if tag == "math":
            self._math_depth = 1
            self.math.append("ok")
        elif "math-error" in classes:
            self._error = {"tag": tag, "text": []}
        elif tag == "figcaption" and "code-filename" in classes:
            self._caption = []
        elif tag == "pre":
            if "mermaid" in classes:
                self.mermaid += 1
                self._skip_text += 1
            elif self._error is None:
                self._pre = {"language": None, "highlighted": False, "file_name": self._pending_caption}
                self._pending_caption = None
        elif tag == "code" and self._pre is not None:
            language = [c[len("language-"):] for c in classes if c.startswith("language-")]
            self._pre["language"] = language[0] if language else None
        elif tag == "span" and self._pre is not None and attrs.get("class"):
            self._pre["highlighted"] = True
        elif tag == "code":
            self._skip_text += 1
        elif tag == "aside" and "msg" in classes:
            self.containers.append("alert" if "alert" in classes else "message")
        elif tag == "details":
            self.containers.append("details")
        elif tag == "span" and "embed" in classes:
            self.embeds.append("youtube" if "embed-youtube" in classes else "frame")
        elif tag == "a" and "link-card" in classes:
            self.embeds.append("card")
        elif tag == "span" and "embed-error" in classes:
            self.embeds.append("error")
        elif tag == "img":
            self.images += 1
        elif tag == "a" and "footnote-ref" in classes:
            self.footnotes += 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if self.depth and tag not in ("br", "img", "hr", "input", "source", "wbr", "col"):
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.depth == 0:
            return
        self.depth -= 1
        if self._math_depth:
            self._math_depth -= 1
            return
        if self._error is not None and tag == self._error["tag"]:
            self.math.append(("error", "".join(self._error["text"])))
            self._error = None
        elif tag == "figcaption" and self._caption is not None:
            self._pending_caption = "".join(self._caption)
            self._caption = None
        elif tag == "pre" and self._pre is not None:
            self.code.append(self._pre)
            self._pre = None
        elif tag == "pre" and self._skip_text:
            self._skip_text -= 1
        elif tag == "code" and self._pre is None and self._skip_text:
            self._skip_text -= 1

    def handle_data(self, data):
        if not self.depth or self._math_depth:
            return
        if self._error is not None:
            self._error["text"].append(data)
        elif self._caption is not None:
            self._caption.append(data)
        elif self._pre is None and not self._skip_text and "$" in data:
            self.stray_dollars.append(data.strip())


def read_page(path):
    page = Page()
    with open(path, encoding="utf-8") as f:
        page.feed(f.read())
    return page


ROWS = [
    "Formulas `$…$`", "Formulas `$$…$$`", "Formulas ```math",
    "Code blocks (fenced)", "… with a language", "… … of which token classes present",
    "… … of which plain (txt, or nothing the grammar marks)", "… with `lang:filename` (file name label)",
    "`:::message`", "`:::message alert`", "`:::details`", "Embeds (`@[…]`, bare URL lines)",
    "Images `![](https://…)`", "Images `![](/images/…)` (files not copied: reported 'not found', as intended)",
    "Footnote references", "```mermaid",
]


class Tally:
    def __init__(self):
        self.rows = {row: [0, 0] for row in ROWS}
        self.misses = []

    def add(self, construct, source, intended):
        row = self.rows[construct]
        row[0] += source
        row[1] += intended

    def miss(self, draft, line, what):
        self.misses.append(f"{draft}:{line}: {what}")


def compare(draft, page, tally, known_languages, warned):
    name = draft.name
    check_math(draft, page, tally)
    check_code(draft, page, tally, known_languages)

    rendered = list(page.containers)
    for kind, label in (("message", "`:::message`"), ("alert", "`:::message alert`"), ("details", "`:::details`")):
        lines = [line for line, k in draft.containers if k == kind]
        found = rendered.count(kind)
        tally.add(label, len(lines), min(found, len(lines)))
        for line in lines[found:]:
            tally.miss(name, line, f"{label} not rendered as its element")

    cards = page.embeds.count("card") + page.embeds.count("youtube") + page.embeds.count("frame")
    tally.add("Embeds (`@[…]`, bare URL lines)", len(draft.embeds), min(cards, len(draft.embeds)))
    if page.embeds.count("error"):
        tally.miss(name, draft.embeds[0][0] if draft.embeds else 0, f"{page.embeds.count('error')} embed error notes")
    for line, kind, target in draft.embeds[cards:]:
        tally.miss(name, line, f"embed {kind} {target} not rendered as a card/player")

    remote = [line for line, is_remote in draft.images if is_remote]
    local = [line for line, is_remote in draft.images if not is_remote]
    tally.add("Images `![](https://…)`", len(remote), min(page.images, len(remote)))
    for line in remote[page.images:]:
        tally.miss(name, line, f"remote images: {len(remote)} in the source, {page.images} in the page")
    reported = [line for line in local if (name, line) in warned]
    tally.add("Images `![](/images/…)` (files not copied: reported 'not found', as intended)", len(local), len(reported))
    for line in sorted(set(local) - set(reported)):
        tally.miss(name, line, "local image neither rendered nor reported")

    for label, source, found in (("Footnote references", draft.footnotes, page.footnotes),
                                 ("```mermaid", draft.mermaid, page.mermaid)):
        tally.add(label, len(source), min(found, len(source)))
        for line in source[found:]:
            tally.miss(name, line, f"{label}: {len(source)} in the source, {found} in the page")


def check_code(draft, page, tally, known_languages):
    """A block is as intended when it is a code block, highlighted when its language has a grammar here (known:
    highlighted somewhere in the corpus; a block of only plain commands has nothing to mark), plain for txt."""
    name = draft.name
    if len(draft.code) != len(page.code):
        tally.miss(name, draft.code[0][0] if draft.code else 0,
                   f"{len(draft.code)} code fences in the source, {len(page.code)} code blocks in the page")
    pairs = list(zip(draft.code, page.code))
    tally.add("Code blocks (fenced)", len(draft.code), len(pairs))
    with_language = [(c, b) for c, b in pairs if c[1]]
    tally.add("… with a language", sum(1 for c in draft.code if c[1]), 0)
    for (line, language, _), block in with_language:
        if block["highlighted"]:
            tally.add("… with a language", 0, 1)
            tally.add("… … of which token classes present", 1, 1)
        elif language in PLAIN_LANGUAGES or language in known_languages:
            tally.add("… with a language", 0, 1)
            tally.add("… … of which plain (txt, or nothing the grammar marks)", 1, 1)
        else:
            tally.miss(name, line, f"```{language}: no grammar here, rendered plain")
    files = [(c, b) for c, b in pairs if c[2]]
    tally.add("… with `lang:filename` (file name label)", sum(1 for c in draft.code if c[2]), 0)
    for (line, _, file_name), block in files:
        if block["file_name"] == file_name:
            tally.add("… with `lang:filename` (file name label)", 0, 1)
        else:
            tally.miss(name, line, f"file name '{file_name}' shown as {block['file_name']!r}")


def check_math(draft, page, tally):
    name = draft.name
    ok = [item for item in page.math if item == "ok"]
    errors = [item[1] for item in page.math if item != "ok"]
    for kind, label in (("inline", "Formulas `$…$`"), ("display", "Formulas `$$…$$`"), ("fence", "Formulas ```math")):
        tally.add(label, sum(1 for f in draft.formulas if f[1] == kind), 0)
    if len(page.math) == len(draft.formulas):
        for (line, kind, tex), item in zip(draft.formulas, page.math):
            label = {"inline": "Formulas `$…$`", "display": "Formulas `$$…$$`", "fence": "Formulas ```math"}[kind]
            if item == "ok":
                tally.add(label, 0, 1)
            else:
                tally.miss(name, line, f"math error: {item[1].strip()[:80]}")
    else:
        tally.add("Formulas `$…$`", 0, len(ok))  # no one-to-one order: credit the rendered ones, list the rest
        tally.miss(name, draft.formulas[0][0] if draft.formulas else 0,
                   f"{len(draft.formulas)} formulas in the source, {len(page.math)} math items in the page "
                   f"({len(errors)} errors)")
        for text in errors:
            tally.miss(name, 0, f"math error: {text.strip()[:80]}")
    for line in draft.unpaired:
        tally.miss(name, line, "a `$` with no partner on this line (source)")
    for text in page.stray_dollars:
        tally.miss(name, 0, f"page text still holds '$': {html.escape(text[:80])}")


def main():
    source_dir, out_dir = sys.argv[1], sys.argv[2]
    warned = set()
    if len(sys.argv) > 3:  # the render log: "warning: FILE:LINE: image '…' not found"
        with open(sys.argv[3], encoding="utf-8") as log:
            for entry in log:
                match = re.match(r"warning: ([^:]+):(\d+): image '.*' not found", entry)
                if match:
                    warned.add((match.group(1), int(match.group(2))))
    tally = Tally()
    files = sorted(f for f in os.listdir(source_dir) if f.endswith(".md"))
    pairs = []
    for file_name in files:
        page_path = os.path.join(out_dir, file_name[:-3], "index.html")
        if not os.path.exists(page_path):
            tally.miss(file_name, 0, "no page written")
            continue
        pairs.append((read_draft(os.path.join(source_dir, file_name)), read_page(page_path)))
    known = {block["language"] for _, page in pairs for block in page.code if block["highlighted"]}
    for draft, page in pairs:
        compare(draft, page, tally, known, warned)
    print(f"{len(files)} drafts in {source_dir}\n")
    print("| construct | in the sources | rendered as intended | misses |")
    print("| --- | ---: | ---: | ---: |")
    for construct, (source, intended) in tally.rows.items():
        print(f"| {construct} | {source} | {intended} | {source - intended} |")
    print(f"\n{len(tally.misses)} notes (misses and where to look):")
    for miss in tally.misses:
        print("- " + miss)


if __name__ == "__main__":
    main()

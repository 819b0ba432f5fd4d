"""The caption model as a fallback (evaluate.py --fallback, README.md): consulted only on a page
where the rules found no caption, never beside captions the rules found.

On such a page the fallback takes the candidate lines the model scores at t or over, a line
printed twice once. Two narrower kinds: "run" keeps them only when there are two or more (a
page's photos come in runs; one sure line alone is more often a short paragraph), "between"
keeps only the lines that stand between two prose paragraphs (features.is_prose: 30+ words
ending a sentence, the shape the model weighs most).

Only the lines the reader kept as the article's body (its lead, paragraphs and headings) are
offered (`body`): a line it took for the title, a byline, a date or chrome is not a paragraph
it could turn into a caption, and the model, which scores every line after the expected
title, would otherwise be credited with a caption the reader had used as its title and
blamed for a byline (`Tin và ảnh: Ngô Anh`) or a title printed twice. `body=None` offers
every candidate line (--any-line).
"""
from features import is_prose
from pages import norm_line

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
KINDS = ("any", "run", "between")


def between_prose(lines, i):
    return 0 < i < len(lines) - 1 and is_prose(lines[i - 1]) and is_prose(lines[i + 1])


def body_texts(article):
    """The texts the reader kept as an article's body (`tuyentap scan --json`): its lead and
    its paragraph and heading blocks, white space folded."""
    texts = [article.get("lead") or ""]
    texts += [b.get("text") or "" for b in article.get("blocks", [])
              if b.get("type") in ("paragraph", "heading")]
    return [norm_line(x) for x in texts if x.strip()]


def in_body(line, body):
    """Whether the line is body text: one of the texts, or inside one (lines joined)."""
    return any(line in text for text in body)


def fallback_lines(lines, probs, t, kind, body=None):
    """The indices of the candidate lines the fallback takes for captions (kind: KINDS; body:
    body_texts of the reader's article, None for every line)."""
    seen, picked = set(), []
    for i, (line, p) in enumerate(zip(lines, probs)):
        if p < t or (kind == "between" and not between_prose(lines, i)):
            continue
        if body is not None and not in_body(line, body):
            continue
        if line.lower() in seen:
            continue
        seen.add(line.lower())
        picked.append(i)
    if kind == "run" and len(picked) < 2:
        return []
    return picked


def page_captions(rules_caps, lines, probs, t, kind, body=None):
    """The page's caption blocks with the fallback: the rules' when they found any, else the
    fallback's lines as blocks ({"text": line})."""
    if rules_caps:
        return rules_caps
    return [{"text": lines[i]} for i in fallback_lines(lines, probs, t, kind, body)]

"""Which of a page's captions the reader found, line by line (bench/run-accuracy).

expected.json's `captions` is a count, so a page where the reader took one wrong line for a
caption and missed another still counts right. Since session 25 an entry with captions also
holds `caption_starts` (tests/fixtures/README): the first 40 characters of each caption's own
words, in page order. match() pairs them with the reader's caption blocks:

- both sides are normalised: NFC, white space folded, lower case, the leading photo marks
  ('Ảnh:', '(Ảnh)', 'Ảnh minh họa:', 'Clip:', bullets) and punctuation stripped, 'Ð' (U+00D0,
  which some papers print for 'Đ' in captions) read as 'Đ';
- a label is found by a caption whose text, or credit and text, starts with the label's first
  25 normalised characters or contains them, or whose whole text, when shorter than the
  label, starts the label (a caption the reader cut short), or, when the caption is only a
  credit ('Ảnh Nguyễn Nam' read as no text and the credit 'Nguyễn Nam'), whose credit the
  label holds;
- each caption answers one label at most, labels taken in page order.
"""
import re
import unicodedata

KEY = 25  # characters of a label that must be found: enough to tell two captions apart,
# few enough that a credit or mark the reader kept or dropped at the end does not matter

# A photo mark before the caption's words: bullets and dashes, '(Ảnh)' / '(Ảnh minh họa)',
# or a mark word followed by a colon ('Ảnh:', 'Ảnh minh họa:', 'Clip:', 'Hình 2:'). A bare
# 'Ảnh minh họa' is the caption itself when nothing follows, so the word needs its colon.
_MARK_WORD = r"(?:ảnh|hình|hình ảnh|photo|clip|video)(?:\s+minh\s+h(?:ọa|oạ))?(?:\s*\d+)?"
_MARK = re.compile(r"^(?:\(\s*" + _MARK_WORD + r"\s*\)|" + _MARK_WORD + r"\s*:|[\W_]+)\s*")


def normalise(s):
    """The text as compared: NFC, folded white space, lower case, no leading marks."""
    s = unicodedata.normalize("NFC", s or "")
    s = re.sub(r"\s+", " ", s).strip().lower().replace("ð", "đ")
    while True:
        m = _MARK.match(s)
        if not m or not m.end() or not s[m.end():].strip():
            return s
        s = s[m.end():]


def _answers(label, text, credit):
    key = label[:KEY]
    if not key:
        return False
    for cand in (text, normalise((credit or "") + " " + text) if credit else None):
        if cand and (cand.startswith(key) or key in cand):
            return True
    if not text:  # a caption that is only its mark and credit ('Ảnh Nguyễn Nam'): the reader
        # kept the credit alone, which the label, written whole, holds
        return bool(credit) and normalise(credit) in label
    return len(text) < len(label) and label.startswith(text)


def match(labels, captions):
    """labels: the entry's caption_starts; captions: the reader's caption blocks as dicts with
    "text" and "credit". Returns (found, missed, extra): the labels found, the labels missed
    and the captions (their text) that answer no label."""
    keys = [normalise(x) for x in labels]
    caps = [(normalise(c.get("text")), c.get("credit") or "", c.get("text") or "")
            for c in captions]
    used = [False] * len(caps)
    found, missed = [], []
    for label, key in zip(labels, keys):
        for i, (text, credit, _) in enumerate(caps):
            if not used[i] and _answers(key, text, credit):
                used[i] = True
                found.append(label)
                break
        else:
            missed.append(label)
    extra = [raw for (_, _, raw), u in zip(caps, used) if not u]
    return found, missed, extra


def is_caption_line(line, labels):
    """Whether a line of the page is one of its captions (caption_starts `labels`): the line,
    normalised, holds a label's first KEY characters, or is the whole of a shorter label (a
    caption printed twice is each time one; a line that only starts a caption is none). run-perturb keeps a donor's captions out of the chrome it lends."""
    text = normalise(line)
    if not text:
        return False
    for label in labels:
        key = normalise(label)[:KEY]
        if key and (key in text or text == normalise(label)):
            return True
    return False

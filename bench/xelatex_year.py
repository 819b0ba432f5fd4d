#!/usr/bin/env python3
"""xelatex_year.py MD_DIR STYLE.toml OUT.tex [--chapters-by-month]: the peer of issue 11's
justification table. Writes a LaTeX book of gen_corpus's markdown articles (--format markdown)
set as tuyentap sets the same year in STYLE: the style's fonts (via fontspec), page, margins
(mirrored when the style says so), body size, leading, first-line indent and paragraph space;
a chapter a month opening on a new page (a right-hand one when the style asks), a title, the
meta line, the lead in the style's lead font, paragraphs, subheadings and captions as small
italic notes. Widows and orphans are forbidden as in tuyentap, and no word is hyphenated
(Vietnamese is not). bench/run-pages runs xelatex on it and measures the PDF with
page_figures.py, so that the figures sit beside tuyentap's in one table.
"""
import os
import re
import sys
import tomllib

SPECIALS = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "$": r"\$", "&": r"\&",
            "#": r"\#", "^": r"\^{}", "_": r"\_", "%": r"\%", "~": r"\~{}"}


def tex(s):
    return "".join(SPECIALS.get(c, c) for c in s)


def font_setup(st, style_dir, repo):
    fonts = st["fonts"]

    def path(rel):
        for base in (style_dir, repo):
            p = os.path.join(base, rel)
            if os.path.exists(p):
                return os.path.abspath(p)
        return rel

    reg = path(fonts["regular"])
    folder = os.path.dirname(reg) + "/"
    name = lambda k: os.path.basename(path(fonts[k]))
    return (f"\\setmainfont{{{name('regular')}}}[Path={folder}, BoldFont={name('bold')}, "
            f"ItalicFont={name('italic')}, BoldItalicFont={name('bold_italic')}]\n")


def bookmark(level, title):
    # xdvipdfmx's own outline special (hyperref's XeTeX driver needs fonts this bench lacks);
    # the title in UTF-16, the destination where the special stands
    hexed = "FEFF" + title.encode("utf-16-be").hex().upper()
    return (f"\\special{{pdf:outline [-] {level + 1} << /Title <{hexed}> "
            "/Dest [@thispage /XYZ @xpos @ypos null] >>}")


def article_tex(md, st):
    stretch = st["text"].get("paragraph_space_stretch_pt", 0)  # as tuyentap grows its gaps
    small = st["small"]
    heads = st["headings"]
    lead_font = st.get("articles", {}).get("lead_font", "bold")
    lead_cmd = {"bold": r"\bfseries", "italic": r"\itshape", "bold_italic": r"\bfseries\itshape",
                "regular": ""}.get(lead_font, r"\bfseries")
    out = []
    meta_seen = False
    for block in re.split(r"\n\s*\n", md.strip()):
        b = " ".join(block.split())
        if b.startswith("# "):
            title = b[2:]
            out.append(f"\\par\\addvspace{{{heads['title_space_before_pt']}pt plus {stretch}pt}}"
                       + bookmark(1, title) +
                       f"{{\\raggedright\\interlinepenalty=10000\\bfseries\\fontsize{{{heads['title_size']}}}"
                       f"{{{heads['title_size'] * 1.2:.2f}}}\\selectfont {tex(title)}\\par}}"
                       f"\\nopagebreak\\vspace{{{small['block_space_pt'] / 2}pt}}")
        elif b.startswith("#"):
            text = b.lstrip("#").strip()
            out.append(f"\\par\\addvspace{{{heads['heading_size'] * 0.6}pt plus {stretch}pt}}"
                       f"{{\\raggedright\\interlinepenalty=10000\\bfseries\\fontsize{{{heads['heading_size']}}}"
                       f"{{{heads['heading_size'] * 1.2:.2f}}}\\selectfont {tex(text)}\\par}}"
                       "\\nopagebreak")
        elif b.startswith("**") and b.endswith("**"):
            out.append(f"{{{lead_cmd} {tex(b.strip('*'))}\\par}}")
        elif b.startswith("*") and b.endswith("*"):
            text = tex(b.strip("*"))
            if not meta_seen:
                meta_seen = True
                out.append(f"{{\\raggedright\\interlinepenalty=10000\\itshape\\fontsize{{{small['meta_size']}}}"
                           f"{{{small['meta_size'] * 1.2:.2f}}}\\selectfont {text}\\par}}"
                           f"\\nopagebreak\\vspace{{{small['block_space_pt']}pt}}")
            else:
                out.append(f"{{\\raggedright\\itshape\\fontsize{{{small['caption_size']}}}"
                           f"{{{small['caption_size'] * 1.2:.2f}}}\\selectfont [Ảnh: {text}]"
                           "\\par}")
        else:
            out.append(tex(b) + "\\par")
    return "\n".join(out)


def main():
    if len(sys.argv) < 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    md_dir, style_file, out = sys.argv[1:4]
    with open(style_file, "rb") as f:
        st = tomllib.load(f)
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pg, tx = st["page"], st["text"]
    two_sided = pg.get("mirror_margins", False)
    on_right = st.get("furniture", {}).get("chapters_on_right", False)
    size, leading = tx["body_size"], tx["body_size"] * tx["line_spacing"]
    space = tx.get("paragraph_space_pt", 0)
    stretch = tx.get("paragraph_space_stretch_pt", 0)
    doc = [
        f"\\documentclass[{'twoside' if two_sided else 'oneside'},"
        f"{'openright' if on_right else 'openany'}]{{book}}",
        "\\usepackage{fontspec}",
        font_setup(st, os.path.dirname(os.path.abspath(style_file)), repo),
        f"\\usepackage[paperwidth={pg['width_mm']}mm,paperheight={pg['height_mm']}mm,"
        f"top={pg['margin_top_mm']}mm,bottom={pg['margin_bottom_mm']}mm,"
        f"inner={pg['margin_left_mm']}mm,outer={pg['margin_right_mm']}mm,"
        "headheight=12pt,footskip=24pt]{geometry}",
        f"\\renewcommand\\normalsize{{\\fontsize{{{size}}}{{{leading:.3f}}}\\selectfont}}",
        "\\flushbottom\\pagestyle{plain}",
        "\\widowpenalty=10000 \\clubpenalty=10000 \\displaywidowpenalty=10000",
        # tuyentap's tolerance 2.0 is a stretch ratio; TeX's badness is 100 r^3
        f"\\tolerance={int(100 * tx.get('tolerance', 2.0) ** 3)} \\emergencystretch=0pt",
        "\\begin{document}\\normalsize",
        "\\lefthyphenmin=64 \\righthyphenmin=64 \\hyphenpenalty=10000",
        f"\\setlength\\parindent{{{tx['paragraph_indent_mm']}mm}}",
        # tuyentap grows only the gaps that have space (layout/pager.h): no paragraph gap in book
        f"\\setlength\\parskip{{{space}pt plus {stretch if space > 0 else 0}pt}}",
    ]
    by_month = {}
    for name in sorted(os.listdir(md_dir)):
        if name.endswith(".md"):
            by_month.setdefault(name[:7], []).append(name)
    for month, names in by_month.items():
        label = f"Tháng {int(month[5:7])}/{month[:4]}"
        doc.append(f"\\{'cleardoublepage' if on_right else 'clearpage'}"
                   + bookmark(0, label) +
                   f"\\vspace*{{{st['headings']['chapter_drop_mm']}mm}}"
                   f"{{\\centering\\bfseries\\fontsize{{{st['headings']['chapter_title_size']}}}"
                   f"{{{st['headings']['chapter_title_size'] * 1.2:.2f}}}\\selectfont "
                   f"{label}\\par}}\\vspace{{{st['headings']['chapter_title_size'] * 1.5}pt}}")
        for name in names:
            with open(os.path.join(md_dir, name), encoding="utf-8") as f:
                doc.append(article_tex(f.read(), st))
    doc.append("\\end{document}")
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(doc) + "\n")


if __name__ == "__main__":
    main()

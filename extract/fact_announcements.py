"""A program's news feed: its own posts, each read alone, and the news of others left out.

Program pages post their recruitment news the way social media does: a paragraph of posts,
each ended by its hashtags or an emoji rather than a full stop ("... covers the J-1 visa alone
#IMG #Match2027 Effective with the 2027-2028 season, ..."), and among them reposts of other
bodies' news ("🔁 Reposting from a partner hospital: their program will add 6 positions and
begin H-1B sponsorship", "Shared from a neighboring program's feed: ...", "Via NRMP: ..."). Read
as one sentence, two posts lend each other their negations and numbers; read as the program's
word, a repost states another program's rule. This module cuts a text unit into its posts:

- **a post ends** after a run of hashtags or an emoji, or after a sentence's end, when the next
  post opens (with a capital, after its own emoji, or with a hashtag read as a word: "#MatchDay
  reminder from ..."); a sentence's end before a plain capital cuts only around a repost, as
  the sentence rules cut the rest ("... is now 2 per year! 🎉 Program snapshot: ..." is two
  posts); a hashtag or emoji inside a sentence, before a lower-case word, cuts nothing ("Good
  news 🌍 we continue to sponsor ..."), nor do the check, cross and box marks of fact sheets;
- **a repost** is left out: a post opened by the repost mark 🔁 or by a label that names it
  shared ("Repost:", "Reposting from ...:", "Shared from ...:", "Sharing an ECFMG
  announcement", "Via NRMP:", "RT @..."), unless what it shares is the program's own ("Reposting
  our pinned update: ...", "Reposting from our GME office: ...").

Only well-marked cues cut or leave out: a unit with no hashtag, emoji or repost word passes as
it is (one post, the same object). Precedence: runs first, on the page's text units, before
checklists, speech and the label-value rows; every post keeps the page's own words, so the
sentence a fact reports is the post it came from.
"""

from __future__ import annotations

import re

# Pictographs and dingbats as posts use them, with their variation selector and skin tones;
# not the check, cross, box and star marks of fact sheets and checklists (extract.fact_rows,
# extract.fact_checklists), nor arrows: those are fields' and items' marks, read there.
MARKS = "\u2605\u2606\u2610\u2611\u2612\u2705\u2713-\u2718\u274c\u274e"
EMOJI = (
    rf"(?:(?![{MARKS}])[\u2600-\u27bf\U0001f000-\U0001faff\u2b50\u2b55\u23f0-\u23fa]"
    r"[\ufe0f\u200d\U0001f3fb-\U0001f3ff]*)"
)
HASHTAG = r"(?<![\w#&])#[A-Za-z][\w-]*"
REPOST_MARK = "\U0001f501"  # 🔁
# a cheap gate: a unit with none of these holds no post boundary and no repost
GATE = re.compile(rf"{EMOJI}|{HASHTAG}|\b(?:re-?post|re-?shar|shared|sharing|via|rt)", re.I)
# a label that names the post shared from elsewhere; the source, if named, is in ``src``
REPOST_LABEL = re.compile(
    r"(?:re-?post(?:ed|ing)?|re-?shar(?:e|ed|ing)|(?:shared|sharing)\s+(?=from|via|an?\b|this)"
    r"|via\s+(?=(?:the\s+)?[A-Z@])|rt\s+(?=@))"
    rf"(?P<src>[^:.!?]{{0,80}}?)(?::|\s*{EMOJI})",
    re.IGNORECASE,
)
# the program's own news shared again: "Reposting our pinned update", "Shared from our GME office"
OWN = re.compile(r"\s*(?:from\s+|of\s+)?(?:our|my|this program's|the program's own)\b", re.I)
LEADING = re.compile(rf"(?:\s*(?:{EMOJI}|{HASHTAG}))+\s*")
TRAILING = re.compile(rf"(?:{EMOJI}|{HASHTAG})$")
# a post opens with a capital, after its emoji, or with a hashtag read as a word ("#MatchDay
# reminder from the NRMP: ...")
POST_START = re.compile(rf"(?:{EMOJI}\s*)*(?:[A-Z]|{HASHTAG}\s+[a-z])")


def is_repost(post: str) -> bool:
    """Whether a post shares another body's news: opened by the repost mark or by a label
    that names it shared, with no own source."""
    lead = LEADING.match(post)
    rest = post[lead.end() :] if lead else post
    label = REPOST_LABEL.match(rest)
    if label is None:
        return lead is not None and REPOST_MARK in lead.group(0)
    return not OWN.match(label.group("src"))


def posts(unit: str) -> list[str]:
    """The posts of one text unit, reposts of another's news left out; a unit with no
    hashtag, emoji or repost word is one post, itself."""
    if not GATE.search(unit):
        return [unit]
    out, start = [], 0
    for m in re.finditer(r"\s+", unit):
        before, after = unit[: m.start()], unit[m.end() :]
        post = unit[start : m.start()]
        if not post or LEADING.fullmatch(post) or not POST_START.match(after):
            continue  # a post's opening emoji and hashtags stay with it
        tagged = TRAILING.search(before) is not None
        if not (tagged or before[-1] in ".!?"):
            continue
        # a sentence's end before a capital is the sentence rules' own cut: a post begins
        # there only when a hashtag or emoji marks it, or a repost begins or ends there
        if tagged or not after[0].isupper() or is_repost(post) or REPOST_LABEL.match(after):
            out.append(post)
            start = m.end()
    out.append(unit[start:])
    if len(out) == 1 and not is_repost(unit):
        return [unit]
    return [p for p in out if p.strip() and not is_repost(p)]

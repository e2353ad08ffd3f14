#!/usr/bin/env python3
"""Fills the English plural forms in lymphoscope_en.ts from the source texts.

English source strings mark plurals as "%n month(s)"; Qt picks "1 month" / "2 months" only
from a translation, so the English .ts carries both forms for every numerus message. Run it
after lupdate (cmake --build ... --target update_translations); other English entries stay
untranslated on purpose (the source text is the English text).
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).with_name("lymphoscope_en.ts"))
text = path.read_text(encoding="utf-8")


def forms(source: str):
    return [re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)]


def escape(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill(match: re.Match) -> str:
    message = match.group(0)
    source = ET.fromstring(message).findtext("source") or ""
    singular, plural = forms(source)
    translation = (
        "<translation>\n"
        f"            <numerusform>{escape(singular)}</numerusform>\n"
        f"            <numerusform>{escape(plural)}</numerusform>\n"
        "        </translation>"
    )
    return re.sub(r"<translation[^>]*>.*?</translation>|<translation[^>]*/>", translation,
                  message, count=1, flags=re.S)


updated, count = re.subn(r'<message numerus="yes">.*?</message>', fill, text, flags=re.S)
path.write_text(updated, encoding="utf-8")
print(f"{path.name}: {count} plural message(s) filled")

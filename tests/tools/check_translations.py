#!/usr/bin/env python3
"""Translation checks run by CTest (test "translations_complete").

1. Every .ts file except English has no unfinished or untranslated entry (lrelease's report),
   and the English file has both plural forms of every numerus message.
2. No user-visible text bypasses tr(): a string literal with words passed straight to a
   setter that shows text (setText, setToolTip, QLabel(...), addAction(...), ...) in ui/ or app/
   fails the test with its file and line.

Usage: check_translations.py LRELEASE SOURCE_DIR
"""
import re
import subprocess
import sys
import tempfile
from pathlib import Path

lrelease, source = sys.argv[1], Path(sys.argv[2])
problems = []

for ts in sorted((source / "translations").glob("lymphoscope_*.ts")):
    language = ts.stem.split("_")[-1]
    text = ts.read_text(encoding="utf-8")
    if language == "en":
        for message in re.findall(r'<message numerus="yes">.*?</message>', text, re.S):
            if 'type="unfinished"' in message or message.count("<numerusform>") < 2:
                source_text = re.search(r"<source>(.*?)</source>", message, re.S).group(1)
                problems.append(f"{ts.name}: English plural forms missing for '{source_text}' "
                                "(run translations/fill_english_plurals.py)")
        continue
    with tempfile.TemporaryDirectory() as tmp:
        report = subprocess.run([lrelease, str(ts), "-qm", str(Path(tmp) / "x.qm")],
                                capture_output=True, text=True)
    output = report.stdout + report.stderr
    if report.returncode != 0:
        problems.append(f"{ts.name}: lrelease failed: {output.strip()}")
    unfinished = re.search(r"(\d+) unfinished", output)
    if unfinished and int(unfinished.group(1)) > 0:
        problems.append(f"{ts.name}: {unfinished.group(1)} unfinished translation(s)")
    untranslated = re.search(r"Ignored (\d+) untranslated", output)
    if untranslated:
        problems.append(f"{ts.name}: {untranslated.group(1)} untranslated source text(s)")

visible_setters = (r"setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|"
                   r"setAccessibleName|setAccessibleDescription|setInformativeText|addAction|"
                   r"addMenu|addItem|setLabel|showMessage|setHorizontalHeaderLabels|"
                   r"new QLabel|new QPushButton|new QCheckBox|new QAction|QMessageBox::\w+")
literal = r'(?:QStringLiteral|QLatin1String|QString::fromUtf8|QString)?\(?\s*"([^"\\]*(?:\\.[^"\\]*)*)"'
pattern = re.compile(r"\b(?:" + visible_setters + r")\s*\(\s*(?:[\w>\-\.]+\s*,\s*)?" + literal)
for path in sorted(list((source / "ui").rglob("*.cpp")) + list((source / "app").glob("*.cpp"))):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        for match in pattern.finditer(line):
            words = re.findall(r"[A-Za-z]{3,}", match.group(1))
            if words:
                problems.append(f"{path.relative_to(source)}:{number}: visible text "
                                f"\"{match.group(1)}\" does not go through tr()")

for problem in problems:
    print(problem)
print(f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)

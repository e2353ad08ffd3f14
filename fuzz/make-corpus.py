#!/usr/bin/env python3
"""Writes the hand-made part of the fuzzer's seed corpus (fuzz/corpus/): broken and extreme
scenario files. The built-in examples are copied in as they are. Also writes the fuzzer's
dictionary (fuzz/scenario.dict): JSON tokens, the format's keys and the parameter ids. Rerun after changing this
script; the files are committed so the fuzzer and the tests do not need Python."""
import json
import pathlib
import re
import shutil

root = pathlib.Path(__file__).resolve().parent.parent
out = root / "fuzz" / "corpus"
out.mkdir(exist_ok=True)
for old in out.iterdir():
    old.unlink()


def write(name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    (out / name).write_bytes(data)


for example in sorted((root / "resources" / "examples").glob("*.lymphoscope.json")):
    shutil.copy(example, out / ("example-" + example.name.replace(".lymphoscope", "")))

HEAD = '{"format": "lymphoscope-scenario", "version": 1, '


def scenario(rest):
    return HEAD + rest + "}\n"


def infusions(therapy, days, mg):
    return '{"therapy": "%s", "infusions": [%s]}' % (
        therapy, ",".join('{"day":%s,"mg":%s}' % (d, mg) for d in days))


# --- minimal and valid edge cases --------------------------------------------------------
write("min-valid.json", scenario('"name": "x"')[:-2].replace(', "name": "x"', "") + "}\n")
write("all-therapies.json", scenario(
    '"horizon_days": 60, "patient": {"weight_kg": 30, "age_years": 12, "baseline_arr": 10, '
    '"ada_propensity": 10}, "treatments": [' +
    infusions("alemtuzumab", [0, 1, 2.5], 60) + "," + infusions("ocrelizumab", [3, 17], 2000) +
    "," + infusions("rituximab", [10.25], 1000) +
    ',{"therapy": "fingolimod", "start_day": 0, "stop_day": 1e9, "mg_per_day": 5}'
    ',{"therapy": "ahsct", "regimen": "Cy-ATG", "day": 5}]'))
write("bom.json", b"\xef\xbb\xbf" + scenario('"horizon_days": 10').encode())
write("tiny-horizon.json", scenario('"horizon_days": 1e-300'))
write("max-horizon.json", scenario('"horizon_days": 21915'))

# Parameter overrides at the ends of their documented ranges (valid, but extreme for the ODE).
params = re.findall(r'X\(\w+,\s*"(\w+)",\s*[-0-9.e]+,\s*"[^"]*",\s*([-0-9.e]+),\s*([-0-9.e]+)',
                    (root / "core" / "model" / "ParameterList.h").read_text())
for i, chunk in enumerate(range(0, len(params), 20)):
    for end in (1, 2):
        overrides = ", ".join('"%s": %s' % (p[0], p[end]) for p in params[chunk:chunk + 20])
        write("parameters-%s-%d.json" % ("min" if end == 1 else "max", i), scenario(
            '"horizon_days": 60, "patient": {"parameters": {%s}}, "treatments": [%s]' %
            (overrides, infusions("alemtuzumab", [0, 1, 2], 12) + "," +
             infusions("rituximab", [5], 1000))))

# --- syntax ------------------------------------------------------------------------------
write("empty.json", b"")
write("whitespace.json", b" \n\t\r\n")
write("top-level-array.json", "[1, 2, 3]")
write("top-level-string.json", '"lymphoscope-scenario"')
write("trailing-comma.json", scenario('"horizon_days": 10,'))
write("trailing-garbage.json", scenario('"horizon_days": 10') + "}}]")
write("comment.json", HEAD + '/* note */ "horizon_days": 10}')
write("single-quotes.json", "{'format': 'lymphoscope-scenario', 'version': 1}")
write("unterminated-string.json", HEAD + '"name": "abc')
example = (root / "resources" / "examples" / "alemtuzumab-then-ahsct.lymphoscope.json").read_bytes()
for cut in (1, 17, 60, 333, len(example) // 2, len(example) - 2):
    write("truncated-%d.json" % cut, example[:cut])
write("nul-byte.json", scenario('"name": "a\x00b"'))
write("control-char.json", scenario('"name": "a\x01b"'))

# --- nesting ----------------------------------------------------------------------------
write("nested-16.json", scenario('"treatments": ' + "[" * 15 + "]" * 15))
write("nested-17.json", scenario('"treatments": ' + "[" * 16 + "]" * 16))
write("nested-10000-arrays.json", "[" * 10000 + "]" * 10000)
write("nested-5000-objects.json", '{"a":' * 5000 + "1" + "}" * 5000)
write("nested-unclosed.json", scenario('"patient": ' + '{"parameters": ' * 3000))

# --- numbers ----------------------------------------------------------------------------
write("huge-horizon.json", scenario('"horizon_days": 1e400'))
write("huge-negative.json", scenario('"patient": {"weight_kg": -1e400}'))
write("huge-integer.json", scenario('"horizon_days": 123456789012345678901234567890'))
write("huge-uint64.json", scenario('"horizon_days": 18446744073709551615'))
write("huge-int64-neg.json", scenario('"horizon_days": -9223372036854775808'))
write("max-double.json", scenario('"horizon_days": 1.7976931348623157e308, '
                                  '"patient": {"age_years": 4.9e-324}'))
write("huge-version.json", '{"format": "lymphoscope-scenario", "version": 99999999999999999999}')
write("huge-mg.json", scenario('"treatments": [' + infusions("rituximab", [0], "1e308") + "]"))
write("huge-day.json", scenario('"treatments": [' + infusions("alemtuzumab", ["1e300"], 12) + "]"))
write("negative-zero.json", scenario('"treatments": [' + infusions("alemtuzumab", ["-0.0"], 12) + "]"))
write("long-number.json", scenario('"horizon_days": 1' + "0" * 5000))
write("long-fraction.json", scenario('"horizon_days": 0.' + "0" * 5000 + "1"))
write("nan-literal.json", scenario('"horizon_days": NaN'))
write("infinity-literal.json", scenario('"patient": {"weight_kg": Infinity}'))
write("nan-strings.json", scenario(
    '"horizon_days": "NaN", "patient": {"weight_kg": "Infinity", "age_years": "-Infinity", '
    '"baseline_arr": "nan", "ada_propensity": "1e999"}'))
write("nan-string-infusion.json", scenario(
    '"treatments": [{"therapy": "alemtuzumab", "infusions": [{"day": "NaN", "mg": "Infinity"}]}]'))

# --- duplicated keys --------------------------------------------------------------------
write("duplicate-version.json", scenario('"version": 2'))
write("duplicate-patient-key.json", scenario('"patient": {"weight_kg": 70, "weight_kg": 80}'))
write("duplicate-infusion-key.json", scenario(
    '"treatments": [{"therapy": "alemtuzumab", "therapy": "rituximab", '
    '"infusions": [{"day": 0, "day": 1, "mg": 12}]}]'))
write("duplicate-many.json", "{" + ", ".join('"k": %d' % i for i in range(2000)) + "}")

# --- counts -----------------------------------------------------------------------------
write("infusions-1000.json", scenario(
    '"horizon_days": 21915, "treatments": [' + infusions("rituximab", range(0, 20000, 20), 100) + "]"))
write("infusions-1001.json", scenario(
    '"horizon_days": 21915, "treatments": [' + infusions("rituximab", range(0, 20020, 20), 100) + "]"))
write("infusions-3000.json", scenario(
    '"horizon_days": 21915, "treatments": [' + infusions("alemtuzumab", range(3000), 12) + "]"))
write("treatments-201.json", scenario(
    '"horizon_days": 21915, "treatments": [' +
    ",".join(infusions("ocrelizumab", [i * 100], 600) for i in range(201)) + "]"))
write("overlapping-infusions.json", scenario(
    '"treatments": [' + infusions("alemtuzumab", [3, 3.5], 12) + "," +
    infusions("alemtuzumab", [3.9], 12) + "]"))
write("fingolimod-overlap.json", scenario(
    '"treatments": [{"therapy": "fingolimod", "start_day": 0, "stop_day": 100},'
    '{"therapy": "fingolimod", "start_day": 50, "stop_day": 40}]'))
write("ahsct-close.json", scenario(
    '"treatments": [{"therapy": "ahsct", "regimen": "BEAM-ATG", "day": 6},'
    '{"therapy": "ahsct", "regimen": "Cy-ATG", "day": 65.9}, '
    '{"therapy": "ahsct", "regimen": "Cy-ATG", "day": 4}]'))

# --- text and encoding ------------------------------------------------------------------
write("invalid-utf8-ff.json", HEAD.encode() + b'"name": "a\xff\xfeb"}\n')
write("invalid-utf8-overlong.json", HEAD.encode() + b'"name": "\xc0\xaf"}')
write("invalid-utf8-surrogate.json", HEAD.encode() + b'"name": "\xed\xa0\x80"}')
write("invalid-utf8-truncated.json", HEAD.encode() + b'"description": "\xe2\x82')
write("invalid-utf8-key.json", HEAD.encode() + b'"\xf8\x88\x80\x80\x80": 1}')
write("escaped-lone-surrogate.json", scenario('"name": "\\ud800x"'))
write("escaped-nul.json", scenario('"name": "a\\u0000b", "description": "\\uDBFF\\uDFFF"'))
write("long-name.json", scenario('"name": "' + "é" * 201 + '"'))
write("long-description.json", scenario('"description": "' + "\U0001F600" * 4001 + '"'))
write("unicode-keys.json", scenario('"patient": {"wéight_kg": 70, "weigth_kg": 1}'))

# --- schema -----------------------------------------------------------------------------
write("future-version.json", '{"format": "lymphoscope-scenario", "version": 3, "horizon": []}')
write("version-fraction.json", '{"format": "lymphoscope-scenario", "version": 1.5}')
write("version-string.json", '{"format": "lymphoscope-scenario", "version": "1"}')
write("version-negative.json", '{"format": "lymphoscope-scenario", "version": -1}')
write("version-missing.json", '{"format": "lymphoscope-scenario"}')
write("format-other.json", '{"format": "something-else", "version": 1}')
write("format-missing.json", '{"version": 1, "treatments": []}')

# --- wrong types ------------------------------------------------------------------------
write("types-top.json", scenario('"name": 5, "description": [], "horizon_days": true, '
                                 '"patient": [], "treatments": {}'))
write("types-null.json", scenario('"name": null, "horizon_days": null, "patient": null, '
                                  '"treatments": null'))
write("types-treatment.json", scenario(
    '"treatments": [1, "alemtuzumab", null, [], {"therapy": 3}, {"therapy": "ALEMTUZUMAB"}, '
    '{"therapy": "alemtuzumab", "infusions": "12mg"}, '
    '{"therapy": "alemtuzumab", "infusions": [[0, 12], {"day": true, "mg": null}]}, '
    '{"therapy": "fingolimod", "start_day": "0", "stop_day": {}, "mg_per_day": []}, '
    '{"therapy": "ahsct", "regimen": 1, "day": "900"}, '
    '{"therapy": "ahsct", "regimen": "BEAM", "day": 900, "infusions": []}]'))
write("types-parameters.json", scenario(
    '"patient": {"parameters": {"node_egress_per_day": "0.05", "no_such": 1, '
    '"lln_cd4_per_ul": 1e9, "": 0}}'))
write("parameters-array.json", scenario('"patient": {"parameters": [1, 2]}'))
write("unknown-keys.json", scenario('"horizon": 10, "patients": {}, "treatment": [], '
                                    '"treatments": [{"therapy": "rituximab", "start_day": 0, '
                                    '"infusions": [{"day": 0, "mg": 500, "unit": "mg"}]}]'))

# Version 2: the patient's lab results and own factors.
V2 = '{"format": "lymphoscope-scenario", "version": 2, '
write("measurements.json", V2 + '"horizon_days": 400, "patient": {"individual": '
      '{"kill_factor": 0.8, "ada_class": "strong", "ada_propensity": 2.5}}, '
      '"treatments": [{"therapy": "alemtuzumab", "infusions": [{"day": 0, "mg": 12}]}], '
      '"measurements": [{"day": 30, "quantity": "cd4_per_ul", "value": 120}, '
      '{"day": 90, "quantity": "alemtuzumab_ug_per_ml", "value": 0.01}]}')
write("measurements-bad.json", V2 + '"horizon_days": 100, "patient": {"individual": '
      '{"kill_factr": 1, "ada_class": "sometimes", "clearance_factor": -1}}, '
      '"measurements": [{"day": 300, "quantity": "cd4_per_mm3", "value": -1}, '
      '{"day": "1", "value": 1e400}, [], {"day": 1, "quantity": "nk_per_ul", "value": 1e9}]}')

# --- dictionary ------------------------------------------------------------------------
words = ["format", "lymphoscope-scenario", "version", "name", "description", "horizon_days",
         "patient", "weight_kg", "age_years", "baseline_arr", "ada_propensity", "parameters",
         "treatments", "therapy", "alemtuzumab", "ocrelizumab", "rituximab", "fingolimod", "ahsct",
         "infusions", "day", "mg", "start_day", "stop_day", "mg_per_day", "regimen", "BEAM-ATG",
         "Cy-ATG", "measurements", "quantity", "value", "individual", "cd4_per_ul",
         "lymphocytes_per_ul", "b_cells_per_ul", "kill_factor", "clearance_factor", "ada_class",
         "never", "strong"]
tokens = ["{", "}", "[", "]", ":", ",", "true", "false", "null", "-", "0", "1", "0.5", "1e308",
          "1e-300", "-0", '\\"', "\\\\u0000", "\\\\ud800", "\\xef\\xbb\\xbf"]
lines = ["# libFuzzer dictionary for scenario files: JSON tokens, keys, therapy names, parameter ids.",
         "# Written by fuzz/make-corpus.py; used by scripts/fuzz (-dict=fuzz/scenario.dict)."]
lines += ['tok%d="%s"' % (i, t if t.startswith("\\") else t.replace('"', '\\"'))
          for i, t in enumerate(tokens)]
lines += ['kw_%s="\\"%s\\""' % (re.sub(r"\W", "_", w), w) for w in words]
lines += ['p_%s="\\"%s\\""' % (p[0], p[0]) for p in params]
(root / "fuzz" / "scenario.dict").write_text("\n".join(lines) + "\n")

total = sum(f.stat().st_size for f in out.iterdir())
print("%d files, %d bytes" % (len(list(out.iterdir())), total))

"""Checks a file against the structure SARIF 2.1.0 requires (sarifLog,
run, tool, toolComponent, reportingDescriptor, result, message, location,
physicalLocation, region) and prints 'sarif ok: N results'."""
import json
import sys

log = json.load(open(sys.argv[1]))
assert log["version"] == "2.1.0", "version"
assert log["$schema"].endswith("sarif-2.1.0.json"), "$schema"
assert isinstance(log["runs"], list) and len(log["runs"]) == 1, "runs"
run = log["runs"][0]
driver = run["tool"]["driver"]
assert isinstance(driver["name"], str) and driver["name"], "driver.name"
rules = driver["rules"]
ids = [r["id"] for r in rules]
assert len(ids) == len(set(ids)), "rule ids unique"
for r in rules:
    assert r["shortDescription"]["text"], "rule description"
    assert r["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
results = run["results"]
for res in results:
    assert res["ruleId"] in ids, res["ruleId"]
    assert rules[res["ruleIndex"]]["id"] == res["ruleId"], "ruleIndex"
    assert res["level"] in ("none", "note", "warning", "error"), "level"
    assert isinstance(res["message"]["text"], str) and res["message"]["text"]
    assert len(res["locations"]) >= 1
    for loc in res["locations"]:
        phys = loc["physicalLocation"]
        assert phys["artifactLocation"]["uri"], "uri"
        region = phys["region"]
        assert isinstance(region["startLine"], int) and region["startLine"] >= 1
        assert isinstance(region["startColumn"], int) and region["startColumn"] >= 1
print(f"sarif ok: {len(results)} results")

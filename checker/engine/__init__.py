"""The criterion engine shared by every kind of check (goal, plan, STAR).

- registry: detectors and summaries register themselves here; rules name
  their detector in checker/rules/*.yml.
- kinds: the kinds data (checker/rules/kinds.yml): criteria, names, payload
  keys; the one place payloads are validated.
- judge: runs a kind's detectors over a parsed input and makes each
  finding from its rule.
- report: the one report builder; a criterion's status follows from its
  findings (checker/REPORT.md).
"""

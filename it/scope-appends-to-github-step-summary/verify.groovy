def summary = new File(basedir, 'step-summary.md').text
assert summary.startsWith('## mlgate:scope: FAILED\n\n| Severity | Code | Message | Location |\n| --- | --- | --- | --- |\n')
assert summary.contains("| ERROR | placeholder | Section 'name' holds a placeholder ('TODO'), not an answer. | src/ml/scope.yaml:2:7 |")
assert summary.contains("| ERROR | placeholder | 'objectives.business' holds a placeholder ('TBD'), not an answer. | src/ml/scope.yaml:34:13 |")

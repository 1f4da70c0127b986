import json
print(json.loads('{"ok": [1, 2]}'))
json.loads('{"ok": [1, 2}')

from string import Template
t = Template("$who likes ${what}; costs $$5")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "a", "what": "b"}))
print(t.safe_substitute(who="x"), t.get_identifiers(), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b").substitute(a=1, b=2.5))

# A missing dict key, uncaught; the message is the repr of the key.
config = {"host": "localhost", "port": 8080}
print(config["host"], config.get("user", "anon"))
print(config[("port", 1)] if ("port", 1) in config else "no tuple key")
print(config["user's name"])

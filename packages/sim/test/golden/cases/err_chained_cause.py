class ConfigError(Exception):
    pass


def load(settings, key):
    try:
        return settings[key]
    except KeyError as error:
        raise ConfigError(f"missing setting {key!r}") from error


print(load({"port": 80}, "port"))
load({}, "host")

# mods/umqtt/__init__.py: the umqtt package (umqtt.simple, umqtt.robust, umqtt.aio),
# MQTT clients written here (docs/iot.md). Layer: library modules (frozen Python).
# SPDX-License-Identifier: MIT

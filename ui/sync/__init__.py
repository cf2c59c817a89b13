"""The sync screens: the field laptop's Sync screen and the supervisor's Import screen."""

"""The one exception family the CLI and the UI turn into a clear message (exit code 1)."""


class WorkshopKitError(Exception):
    """A refused action or invalid input, with a message meant for the user."""


class NotFound(WorkshopKitError):
    """Something the user named (a workshop, a participant, a module) does not exist."""


class ValidationError(WorkshopKitError):
    """Input that breaks a rule; ``field`` says which one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class Cancelled(WorkshopKitError):
    """The user stopped a long job at a safe point; what it was writing was rolled back or removed."""

"""The one error every reader raises: it names the input and says what is wrong with it."""


class IngestError(Exception):
    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

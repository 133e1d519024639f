"""Where citizens send opinions and feedback: an office's contact channels (the site's book of them per
issuer is `catalog.contacts.ContactBook` read from `content/tiep-nhan-phan-anh.yml`). A consultation's own `contact`
is a `Contact` too, so the issuer's channels can stand in for one it does not give."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_ANSWER_DAYS = 15  # the site's own default; a site sets its rule in the file
CONTACT_KEYS = ("address", "phone", "email", "url", "note")


@dataclass(frozen=True)
class Contact:
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    url: str | None = None
    note: str | None = None

    def as_mapping(self) -> dict[str, str | None]:
        return {key: getattr(self, key) for key in CONTACT_KEYS}

    def any(self) -> bool:
        return any(self.as_mapping().values())

    @property
    def empty(self) -> bool:
        return not self.any()


NO_CONTACT = Contact()

"""bin/api-fuzz.toml, the schemathesis configuration of `make api-fuzz`, stays true to the product it fuzzes."""

import tomllib
from pathlib import Path

from taxonomy.vocabulary import SECTORS

CONFIG = Path(__file__).resolve().parents[2] / "bin" / "api-fuzz.toml"


def test_the_fuzz_registers_with_the_sectors_of_the_vocabulary():
    """Registrations name a sector of the seeded vocabulary: a slug the fuzz does not know is refused (400)."""
    config = tomllib.loads(CONFIG.read_text())
    assert config["dictionaries"]["sectors"]["values"] == list(SECTORS)
    (register,) = (op for op in config["operations"] if op["include-operation-id"] == "agenda_register")
    assert register["parameters"]["body.sector"]["dictionary"] == "sectors"
